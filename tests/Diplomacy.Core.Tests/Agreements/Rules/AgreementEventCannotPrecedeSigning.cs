using Diplomacy.Core.Agreements;
using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Agreements.Rules.History;

namespace Diplomacy.Core.Tests.Agreements.Rules;

/// <summary>Only a proposal comes before the signing: nothing else happens to an unsigned agreement, or before its signing day.</summary>
public sealed class AgreementEventCannotPrecedeSigning
{
    [Fact]
    public void An_event_before_the_signing_is_refused()
    {
        var mou = SignedMou();

        mou.RefusesWith(m => m.Suspend(new LocalDate(2025, 9, 24), SuspensionReason.Pandemic), DomainRule.AgreementEventCannotPrecedeSigning);
    }

    [Fact]
    public void Nothing_but_the_signing_follows_a_proposal()
    {
        var proposal = A.MouBetween(Seed.Gyeonggi, Seed.Beijing).ProposedOn(2025, 3, 1);

        proposal.RefusesWith(m => m.Terminate(new LocalDate(2025, 4, 1), Seed.Beijing, "dropped"), DomainRule.AgreementEventCannotPrecedeSigning);
    }
}
