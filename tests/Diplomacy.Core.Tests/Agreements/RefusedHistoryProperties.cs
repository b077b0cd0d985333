using CsCheck;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Agreements;

/// <summary>For every valid history, a command that would make it invalid is refused and changes nothing.</summary>
public sealed class RefusedHistoryProperties
{
    [Fact]
    public void Every_invalid_command_on_a_valid_history_is_refused_and_changes_nothing()
    {
        Gen.Select(AgreementScript.Gen, Gen.Int[0, 5], Gen.Int[1, 400]).Sample(
            (script, breach, daysBack) =>
            {
                var agreement = script.Build();
                var last = agreement.History[^1].OccurredOn.Exact!.Value;
                var after = last.PlusDays(1);
                var suspended = agreement.History.LastOrDefault(e => e is AgreementSuspended or AgreementResumed) is AgreementSuspended;
                var ended = agreement.History[^1] is AgreementTerminated or AgreementSuperseded;
                Action<Agreement> command = breach switch
                {
                    0 => a => a.Upgrade(AgreementScript.SigningDay.PlusDays(-daysBack), AgreementKind.SisterCity),
                    1 => a => a.Terminate(after, Seed.Beijing, "not a party"),
                    2 => a => a.Renew(after, new AgreementTerm(Period.FromDays(-daysBack))),
                    3 => a => a.Upgrade(after, a.Kind),
                    4 when !suspended || ended => a => a.Resume(after),
                    _ => a => a.Supersede(after, a.Id),
                };
                var before = AgreementSnapshot.Of(agreement);

                command.Invoking(c => c(agreement)).Should().Throw<DomainRuleException>();

                AgreementSnapshot.Of(agreement).Should().BeEquivalentTo(before, options => options.RespectingRuntimeTypes().WithStrictOrdering());
            },
            iter: PropertySamples.Of(300));
    }
}
