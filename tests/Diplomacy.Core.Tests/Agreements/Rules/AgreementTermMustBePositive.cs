using Diplomacy.Core.Agreements;
using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Agreements.Rules.History;

namespace Diplomacy.Core.Tests.Agreements.Rules;

/// <summary>A term is a positive whole number of days, weeks, months or years.</summary>
public sealed class AgreementTermMustBePositive
{
    [Theory]
    [InlineData("P0D")]
    [InlineData("P-1Y")]
    [InlineData("P1Y-1D")]
    [InlineData("PT12H")]
    public void A_renewal_with_a_term_that_is_not_positive_is_refused(string period)
    {
        var mou = SignedMou();
        var term = new AgreementTerm(NodaTime.Text.PeriodPattern.Roundtrip.Parse(period).Value);

        mou.RefusesWith(m => m.Renew(new LocalDate(2026, 1, 1), term), DomainRule.AgreementTermMustBePositive);
    }
}
