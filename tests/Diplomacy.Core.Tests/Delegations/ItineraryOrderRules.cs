using CsCheck;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Delegations.Trips;

namespace Diplomacy.Core.Tests.Delegations;

/// <summary>Stops are kept in real-time order, whatever order they are added in, and every accepted itinerary obeys the rules.</summary>
public sealed class ItineraryOrderRules
{
    private static readonly Region[] Places = [Seed.Shanghai, Seed.Chongqing, Seoul, Pudong, Seed.Tianjin];

    [Fact]
    public void A_stop_added_later_but_earlier_in_time_takes_its_place_in_the_itinerary()
    {
        var trip = GyeonggiToChina();

        trip.AddStop(Seed.Shanghai, At(2025, 9, 24, 13, 0), At(2025, 9, 26, 10, 0));
        trip.AddStop(Seed.Chongqing, At(2025, 9, 22, 12, 0), At(2025, 9, 24, 10, 0));

        trip.Stops.Select(stop => stop.Place).Should().Equal(Seed.Chongqing, Seed.Shanghai);
    }

    [Fact]
    public void Stops_are_ordered_by_instant_not_by_local_clock()
    {
        var trip = GyeonggiToChina();

        // 09:30 in Seoul is 08:30 in Shanghai: the Seoul stop comes first though its clock reads later.
        trip.AddStop(Seed.Shanghai, At(2025, 9, 23, 9, 0), At(2025, 9, 23, 12, 0));
        trip.AddStop(Seoul, At(2025, 9, 23, 9, 30), At(2025, 9, 23, 9, 45));

        trip.Stops.Select(stop => stop.Place).Should().Equal(Seoul, Seed.Shanghai);
    }

    [Fact]
    public void Every_accepted_itinerary_is_ordered_without_overlap_inside_the_trip_and_every_refusal_changes_nothing()
    {
        var attempt = Gen.Select(Gen.Int[0, Places.Length - 1], Gen.Int[-600, 6000], Gen.Int[1, 1500]);
        attempt.Array[1, 12].Sample(attempts =>
        {
            var trip = GyeonggiToChina();
            var broken = new List<string>();
            foreach (var (place, startMinutes, lengthMinutes) in attempts)
            {
                // Minutes from 2025-09-22 00:00, local time at the place.
                var arrival = At(2025, 9, 22, 0, 0).PlusMinutes(startMinutes);
                var departure = arrival.PlusMinutes(lengthMinutes);
                var expectedRefusal = ExpectedRefusal(trip, Places[place], arrival, departure);
                var before = trip.Stops.ToArray();

                var refusal = RuleBrokenBy(() => trip.AddStop(Places[place], arrival, departure));

                if (refusal != expectedRefusal)
                {
                    broken.Add($"{Places[place]} {arrival}-{departure}: expected {expectedRefusal?.ToString() ?? "acceptance"}, got {refusal?.ToString() ?? "acceptance"}");
                }
                else if (refusal is not null && !trip.Stops.SequenceEqual(before))
                {
                    broken.Add($"{Places[place]} {arrival}-{departure}: refused but the itinerary changed");
                }
                else if (trip.Stops.Zip(trip.Stops.Skip(1)).Any(pair => pair.First.Departure.ToInstant() > pair.Second.Arrival.ToInstant()))
                {
                    broken.Add($"{Places[place]} {arrival}-{departure}: stops out of order or overlapping");
                }
            }

            broken.Should().BeEmpty();
        }, iter: PropertySamples.Of(300));
    }

    private static DomainRule? RuleBrokenBy(Action addStop)
    {
        try
        {
            addStop();
            return null;
        }
        catch (DomainRuleException refusal)
        {
            return refusal.Rule;
        }
    }

    /// <summary>The rule a stop breaks, judged by brute force over instants.</summary>
    private static DomainRule? ExpectedRefusal(Delegation trip, Region place, LocalDateTime arrival, LocalDateTime departure)
    {
        var from = arrival.InZoneStrictly(place.TimeZone).ToInstant();
        var to = departure.InZoneStrictly(place.TimeZone).ToInstant();
        if (from < trip.Start.ToInstant() || to > trip.End.ToInstant())
        {
            return DomainRule.DelegationStopMustLieWithinTrip;
        }

        return trip.Stops.Any(stop => from < stop.Departure.ToInstant() && stop.Arrival.ToInstant() < to)
            ? DomainRule.DelegationStopsMustNotOverlap
            : null;
    }
}
