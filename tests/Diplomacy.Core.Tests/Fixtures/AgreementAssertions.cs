using Diplomacy.Core.Agreements;

namespace Diplomacy.Core.Tests.Fixtures;

public static class AgreementAssertions
{
    /// <summary>Runs a command that must be refused, asserts the rule it broke and that the agreement is unchanged.</summary>
    public static void RefusesWith(this Agreement agreement, Action<Agreement> command, DomainRule rule)
    {
        var before = AgreementSnapshot.Of(agreement);

        var refusal = FluentActions.Invoking(() => command(agreement)).Should().Throw<DomainRuleException>().Which;

        refusal.Rule.Should().Be(rule);
        refusal.SubjectId.Should().Be(agreement.Id.Value);
        AgreementSnapshot.Of(agreement).Should().BeEquivalentTo(before, options => options.RespectingRuntimeTypes().WithStrictOrdering());
    }
}
