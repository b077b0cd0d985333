using Diplomacy.Core.Agreements;
using Diplomacy.Core.Portfolio;

namespace Diplomacy.Core.Tests.Portfolio;

/// <summary>
/// A stored register's agreements are rebuilt half on each of two threads, and the register is the one it was stored
/// from; a fault anywhere in it is reported as the one-at-a-time replay reports it: the first in the stored order,
/// whether an agreement's own history is malformed or an agreement breaks a rule of the register.
/// </summary>
public sealed class RegisterRebuildOnTwoThreadsRules
{
    private static Register Stored(int ties)
    {
        var register = LargeBatchRules.WithTheRegions();
        LargeBatchRules.Batch(ties).ForEach(register.Add);
        return register;
    }

    private static RegisterFacts WithAgreements(RegisterFacts facts, Func<List<AgreementFacts>, List<AgreementFacts>> change) =>
        facts with { Agreements = change([.. facts.Agreements]) };

    private static List<AgreementFacts> Malformed(List<AgreementFacts> agreements, params int[] at)
    {
        foreach (var index in at)
        {
            agreements[index] = agreements[index] with { History = [] };
        }

        return agreements;
    }

    private static List<AgreementFacts> StoredTwice(List<AgreementFacts> agreements, int at)
    {
        agreements.Insert(at, agreements[0]);
        return agreements;
    }

    [Fact]
    public void A_large_stored_register_rebuilds_into_the_register_it_was_stored_from()
    {
        var stored = Stored(LargeBatch.MinimumSize + 1_000);
        var facts = stored.ToFacts();

        var rebuilt = Register.Rebuild(facts);

        var again = rebuilt.ToFacts();
        again.Agreements.Should().Equal(facts.Agreements);
        again.Regions.Select(region => region.Id).Should().BeEquivalentTo(facts.Regions.Select(region => region.Id));
        LargeBatchRules.ShouldHoldTheSameTies(rebuilt, stored);
    }

    [Theory]
    [InlineData(LargeBatch.MinimumSize + 10)]
    [InlineData(40)]
    public void The_first_malformed_agreement_in_the_stored_order_is_reported_though_later_ones_are_malformed_too(int ties)
    {
        var facts = Stored(ties).ToFacts();
        var first = facts.Agreements[ties / 4].Id;
        var malformed = WithAgreements(facts, agreements => Malformed(agreements, facts.Agreements.Count - 3, ties / 4, ties / 2 + 1));

        FluentActions.Invoking(() => Register.Rebuild(malformed)).Should().Throw<ArgumentException>().WithMessage($"Agreement {first}: *");
    }

    [Theory]
    [InlineData(LargeBatch.MinimumSize + 10)]
    [InlineData(40)]
    public void A_malformed_agreement_in_the_second_half_of_the_stored_order_alone_is_reported(int ties)
    {
        var facts = Stored(ties).ToFacts();
        var last = facts.Agreements[^2].Id;

        FluentActions.Invoking(() => Register.Rebuild(WithAgreements(facts, agreements => Malformed(agreements, agreements.Count - 2))))
            .Should().Throw<ArgumentException>().WithMessage($"Agreement {last}: *");
    }

    [Theory]
    [InlineData(LargeBatch.MinimumSize + 10)]
    [InlineData(40)]
    public void An_agreement_stored_twice_before_a_malformed_agreement_is_refused_as_registered_twice(int ties)
    {
        var facts = WithAgreements(Stored(ties).ToFacts(), agreements => Malformed(StoredTwice(agreements, at: 5), ties - 5));

        FluentActions.Invoking(() => Register.Rebuild(facts)).Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.AgreementMustBeRegisteredOnce);
    }

    [Theory]
    [InlineData(LargeBatch.MinimumSize + 10)]
    [InlineData(40)]
    public void A_malformed_agreement_before_an_agreement_stored_twice_is_refused_as_malformed(int ties)
    {
        var facts = Stored(ties).ToFacts();
        var malformed = facts.Agreements[3].Id;
        var stored = WithAgreements(facts, agreements => StoredTwice(Malformed(agreements, 3), at: ties - 5));

        FluentActions.Invoking(() => Register.Rebuild(stored)).Should().Throw<ArgumentException>().WithMessage($"Agreement {malformed}: *");
    }
}
