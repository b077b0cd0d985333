using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Delegations.Trips;

namespace Diplomacy.Core.Tests.Delegations;

/// <summary>Whether a commitment is overdue is answered for every day the ISO calendar holds, its first and last days included.</summary>
public sealed class CommitmentOverdueAtTheCalendarsEnds
{
    [Fact]
    public void No_commitment_is_overdue_on_the_calendars_first_day()
    {
        var trip = GyeonggiToChina();
        var invitation = trip.Commit(Seed.Gyeonggi, Seed.Shanghai, "Send the mayor an invitation to visit Gyeonggi", On(2025, 10, 15));

        invitation.IsOverdueOn(LocalDate.MinIsoValue).Should().BeFalse();
    }

    [Fact]
    public void An_open_commitment_due_on_a_known_day_is_overdue_on_the_calendars_last_day()
    {
        var trip = GyeonggiToChina();
        var invitation = trip.Commit(Seed.Gyeonggi, Seed.Shanghai, "Send the mayor an invitation to visit Gyeonggi", On(2025, 10, 15));

        invitation.IsOverdueOn(LocalDate.MaxIsoValue).Should().BeTrue();
    }
}
