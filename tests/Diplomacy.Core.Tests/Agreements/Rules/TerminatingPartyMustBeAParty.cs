using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Agreements.Rules;

/// <summary>Only a party can terminate an agreement: <see cref="DomainRule.TerminatingPartyMustBeAParty"/>.</summary>
public sealed class TerminatingPartyMustBeAParty
{
    [Fact]
    public void Termination_by_a_region_that_is_not_a_party_is_refused()
    {
        var mou = Mou.GyeonggiShanghai();

        mou.RefusesWith(m => m.Terminate(new LocalDate(2026, 1, 1), Seed.Beijing, "political"), DomainRule.TerminatingPartyMustBeAParty);
    }
}
