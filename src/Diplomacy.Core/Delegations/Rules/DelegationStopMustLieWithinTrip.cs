using Diplomacy.Core.Geography;
using NodaTime;

namespace Diplomacy.Core.Delegations.Rules;

/// <summary>A stop lies inside the delegation's trip: it arrives no earlier and leaves no later than the trip's start and end, compared as instants.</summary>
internal static class DelegationStopMustLieWithinTrip
{
    public static void Check(DelegationId delegation, Region place, ZonedDateTime arrives, ZonedDateTime leaves, ZonedDateTime start, ZonedDateTime end)
    {
        if (arrives.ToInstant() < start.ToInstant() || end.ToInstant() < leaves.ToInstant())
        {
            throw new DomainRuleException(
                DomainRule.DelegationStopMustLieWithinTrip,
                delegation.Value,
                $"The stop in {place} from {LocalTimeResolution.Format(arrives)} to {LocalTimeResolution.Format(leaves)} reaches outside the trip of the delegation {delegation}, "
                + $"from {LocalTimeResolution.Format(start)} to {LocalTimeResolution.Format(end)}.");
        }
    }
}
