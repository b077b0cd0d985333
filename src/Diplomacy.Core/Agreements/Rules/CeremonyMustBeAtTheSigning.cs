using System.Diagnostics.CodeAnalysis;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Geography;
using NodaTime;

namespace Diplomacy.Core.Agreements.Rules;

/// <summary>A signing ceremony is held at the signing: on its exactly known day, in its place's zone.</summary>
internal static class CeremonyMustBeAtTheSigning
{
    public static void Check(AgreementId agreement, PartialDate signedOn, Region? place, ZonedDateTime? ceremony)
    {
        if (ceremony is not { } held)
        {
            return;
        }

        if (place is null)
        {
            Refuse(agreement, $"its ceremony at {held} has no signing place whose zone it could be in");
        }

        if (held.Zone.Id != place.TimeZone.Id)
        {
            Refuse(agreement, $"its ceremony is in the zone {held.Zone.Id}, but it was signed in {place}, whose zone is {place.TimeZone.Id}");
        }

        if (signedOn.Exact != held.Date)
        {
            Refuse(agreement, $"its ceremony is on {held.Date:uuuu-MM-dd}, but it was signed on {signedOn}");
        }
    }

    [DoesNotReturn]
    private static void Refuse(AgreementId agreement, string what) =>
        throw new DomainRuleException(DomainRule.CeremonyMustBeAtTheSigning, agreement.Value, $"Agreement {agreement}: {what}.");
}
