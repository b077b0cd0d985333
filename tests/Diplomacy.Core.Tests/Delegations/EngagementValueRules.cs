using Diplomacy.Core.Delegations;
using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Delegations.Trips;

namespace Diplomacy.Core.Tests.Delegations;

/// <summary>Engagements are values, checked when described: a gift of something, a meeting with someone, a signing between two parties.</summary>
public sealed class EngagementValueRules
{
    [Theory]
    [InlineData(0)]
    [InlineData(-30)]
    public void A_gift_is_of_at_least_one_item(int quantity)
    {
        var act = () => new Gift(At(2025, 9, 25, 17, 0), "books by Korean authors", quantity, "Shanghai Library");

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(quantity));
    }

    [Fact]
    public void A_meeting_is_with_at_least_one_counterpart()
    {
        var act = () => new Meeting(At(2025, 9, 25, 14, 30), []);

        act.Should().Throw<ArgumentException>().WithParameterName("counterparts");
    }

    [Fact]
    public void A_signing_has_at_least_two_parties()
    {
        var act = () => new Signing(At(2025, 9, 25, 15, 0), "MOU", [Seed.Shanghai]);

        act.Should().Throw<ArgumentException>().WithParameterName("parties");
    }

    [Fact]
    public void A_signing_names_each_party_once()
    {
        var act = () => new Signing(At(2025, 9, 25, 15, 0), "MOU", [Seed.Shanghai, Seed.Gyeonggi, Seed.Shanghai]);

        act.Should().Throw<ArgumentException>().WithParameterName("parties");
    }

    [Fact]
    public void Two_meetings_at_the_same_time_with_the_same_counterparts_are_equal()
    {
        var first = new Meeting(At(2025, 9, 25, 14, 30), [new Counterpart("Gong Zheng", "Mayor of Shanghai")], "Cooperation");
        var second = new Meeting(At(2025, 9, 25, 14, 30), [new Counterpart("Gong Zheng", "Mayor of Shanghai")], "Cooperation");

        first.Should().Be(second);
        first.GetHashCode().Should().Be(second.GetHashCode());
    }

    [Fact]
    public void Two_signings_between_the_same_parties_in_another_order_differ()
    {
        var first = new Signing(At(2025, 9, 25, 15, 0), "MOU", [Seed.Gyeonggi, Seed.Shanghai]);
        var second = new Signing(At(2025, 9, 25, 15, 0), "MOU", [Seed.Shanghai, Seed.Gyeonggi]);

        first.Should().NotBe(second);
    }

    [Fact]
    public void Engagements_of_different_kinds_at_the_same_time_differ()
    {
        Engagement visit = new SiteVisit(At(2025, 9, 25, 10, 0), new Organization("Tencent"));
        Engagement fair = new EventParticipation(At(2025, 9, 25, 10, 0), "Tencent");

        visit.Should().NotBe(fair);
    }
}
