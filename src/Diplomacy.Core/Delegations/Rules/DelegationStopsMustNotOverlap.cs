using Diplomacy.Core.Geography;
using NodaTime;

namespace Diplomacy.Core.Delegations.Rules;

/// <summary>Two stops of one delegation do not overlap in real time (compared as instants, not local clocks); one may begin at the instant the other ends.</summary>
internal static class DelegationStopsMustNotOverlap
{
    public static void Check(DelegationId delegation, IEnumerable<ItineraryStop> stops, Region place, ZonedDateTime arrives, ZonedDateTime leaves)
    {
        if (stops.FirstOrDefault(stop => stop.Overlaps(arrives.ToInstant(), leaves.ToInstant())) is { } overlapped)
        {
            throw new DomainRuleException(
                DomainRule.DelegationStopsMustNotOverlap,
                delegation.Value,
                $"The stop in {place} from {LocalTimeResolution.Format(arrives)} to {LocalTimeResolution.Format(leaves)} overlaps the stop in {overlapped.Place} "
                + $"from {LocalTimeResolution.Format(overlapped.Arrival)} to {LocalTimeResolution.Format(overlapped.Departure)} "
                + $"(in {place.TimeZone.Id}, that stop runs from {LocalTimeResolution.Format(overlapped.Arrival.WithZone(place.TimeZone))} "
                + $"to {LocalTimeResolution.Format(overlapped.Departure.WithZone(place.TimeZone))}).");
        }
    }
}
