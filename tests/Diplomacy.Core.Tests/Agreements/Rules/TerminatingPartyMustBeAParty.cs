using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Agreements.Rules.History;

namespace Diplomacy.Core.Tests.Agreements.Rules;

/// <summary>Only a party still bound can terminate an agreement: not a region outside it, nor a party that withdrew before.</summary>
public sealed class TerminatingPartyMustBeAParty
{
    [Fact]
    public void Termination_by_a_region_that_is_not_a_party_is_refused()
    {
        var mou = SignedMou();

        mou.RefusesWith(m => m.Terminate(new LocalDate(2026, 1, 1), Seed.Beijing, "political"), DomainRule.TerminatingPartyMustBeAParty);
    }
}
