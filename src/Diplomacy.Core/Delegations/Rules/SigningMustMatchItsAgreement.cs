using Diplomacy.Core.Agreements;
using Diplomacy.Core.Geography;
using NodaTime;

namespace Diplomacy.Core.Delegations.Rules;

/// <summary>
/// A signing recorded on a visit must be one the agreement's history can hold: on a possible day of its
/// signing (in its signing place or a place within it, when the agreement records one), or on a possible day
/// of a renewal or an upgrade, which may be signed anywhere. Dates known in part are never ruled out by a
/// guess: a signing day inside an event's uncertainty agrees with it.
/// </summary>
internal static class SigningMustMatchItsAgreement
{
    public static void Check(DelegationId delegation, Agreement agreement, Region stopPlace, LocalDate day)
    {
        foreach (var change in agreement.History)
        {
            var agrees = change switch
            {
                AgreementSigned signed => signed.OccurredOn.MayBe(day) && (signed.Place is not { } place || stopPlace.IsWithin(place)),
                AgreementRenewed or AgreementUpgraded => change.OccurredOn.MayBe(day),
                _ => false,
            };
            if (agrees)
            {
                return;
            }
        }

        var signedWhere = agreement.SigningPlace is { } signingPlace ? $" in {signingPlace}" : string.Empty;
        throw new DomainRuleException(
            DomainRule.SigningMustMatchItsAgreement,
            delegation.Value,
            $"The delegation {delegation} cannot record signing agreement {agreement.Id} in {stopPlace} on {day:uuuu-MM-dd}: " +
            $"the agreement was signed {agreement.SignedOn?.ToString() ?? "(not yet)"}{signedWhere}, and no renewal or upgrade falls on that day.");
    }
}
