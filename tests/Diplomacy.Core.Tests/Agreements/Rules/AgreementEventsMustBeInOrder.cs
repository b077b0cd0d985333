using Diplomacy.Core.Agreements;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Agreements.Rules;

/// <summary>A signing is not certainly before the proposal it follows; every other event is recorded at its day instead.</summary>
public sealed class AgreementEventsMustBeInOrder
{
    [Fact]
    public void A_signing_before_the_proposal_is_refused()
    {
        var proposal = A.MouBetween(Seed.Gyeonggi, Seed.Beijing).ProposedOn(2025, 3, 1);

        proposal.RefusesWith(m => m.Sign(new LocalDate(2025, 2, 1), SigningDetails.None), DomainRule.AgreementEventsMustBeInOrder);
    }
}
