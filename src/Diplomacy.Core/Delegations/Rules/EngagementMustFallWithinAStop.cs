using Diplomacy.Core.Geography;
using NodaTime;

namespace Diplomacy.Core.Delegations.Rules;

/// <summary>An engagement's local time falls within a stop of the delegation in the place it names, from the stop's arrival to its departure inclusive.</summary>
internal static class EngagementMustFallWithinAStop
{
    /// <summary>The index of the stop in <paramref name="place"/> that holds <paramref name="at"/>; throws when there is none.</summary>
    public static int Check(DelegationId delegation, List<ItineraryStop> stops, Region place, ZonedDateTime at)
    {
        var index = stops.FindIndex(stop => stop.Place.Equals(place) && stop.Contains(at.ToInstant()));
        if (index < 0)
        {
            var inPlace = stops.Where(stop => stop.Place.Equals(place)).ToList();
            throw new DomainRuleException(
                DomainRule.EngagementMustFallWithinAStop,
                delegation.Value,
                inPlace.Count == 0
                    ? $"The delegation {delegation} has no stop in {place}, so nothing can happen there at {LocalTimeResolution.Format(at)}."
                    : $"{LocalTimeResolution.Format(at)} falls within none of the delegation {delegation}'s stops in {place}: {string.Join("; ", inPlace)}.");
        }

        return index;
    }
}
