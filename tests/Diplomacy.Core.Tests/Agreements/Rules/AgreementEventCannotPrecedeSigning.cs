using Diplomacy.Core.Agreements;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Agreements.Rules;

/// <summary>No event comes before the signing, and only the signing follows a proposal: <see cref="DomainRule.AgreementEventCannotPrecedeSigning"/>.</summary>
public sealed class AgreementEventCannotPrecedeSigning
{
    [Fact]
    public void An_event_before_the_signing_is_refused()
    {
        var mou = Mou.GyeonggiShanghai();

        mou.RefusesWith(m => m.Suspend(new LocalDate(2025, 9, 24), SuspensionReason.Pandemic), DomainRule.AgreementEventCannotPrecedeSigning);
    }

    [Fact]
    public void Nothing_but_the_signing_follows_a_proposal()
    {
        var proposal = A.MouBetween(Seed.Gyeonggi, Seed.Beijing).ProposedOn(2025, 3, 1);

        proposal.RefusesWith(m => m.Terminate(new LocalDate(2025, 4, 1), Seed.Beijing, "dropped"), DomainRule.AgreementEventCannotPrecedeSigning);
    }
}
