using Diplomacy.Core.Agreements;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Agreements.Rules;

/// <summary>Only an agreement that entered into force (in force, suspended or expired) can be renewed.</summary>
public sealed class RenewOnlyAnAgreementThatEnteredIntoForce
{
    [Fact]
    public void A_renewal_before_the_entry_into_force_is_refused()
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).EnteringIntoForceLater().SignedOn(2025, 9, 25);

        mou.RefusesWith(m => m.Renew(new LocalDate(2026, 1, 1), AgreementTerm.OfYears(3)), DomainRule.RenewOnlyAnAgreementThatEnteredIntoForce);
    }
}
