using Diplomacy.Core.Calendar;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Delegations.Trips;

namespace Diplomacy.Core.Tests.Delegations;

/// <summary>A delegation refuses a missing or default argument with an argument exception naming the parameter, and changes nothing.</summary>
public sealed class DelegationArgumentRefusals
{
    private static readonly DelegationMember Mayor = new("Gong Zheng", "Mayor of Shanghai", MemberRole.Mayor);

    [Fact]
    public void An_outbound_trip_without_a_home_region_is_refused_naming_home()
    {
        var act = () => Delegation.PlanOutbound(new DelegationId("GG-2025-CN"), null!, "Visit", Governor, At(2025, 9, 22, 9, 0), At(2025, 9, 26, 14, 0));

        act.Should().Throw<ArgumentNullException>().WithParameterName("home");
    }

    [Fact]
    public void An_inbound_visit_with_a_default_id_is_refused_naming_the_id()
    {
        var act = () => Delegation.PlanInbound(default, Seed.Gyeonggi, Seed.Shanghai, "Return visit", Mayor, At(2025, 11, 10, 10, 0), At(2025, 11, 12, 18, 0));

        act.Should().Throw<ArgumentException>().WithParameterName("id");
    }

    [Theory]
    [InlineData("home")]
    [InlineData("origin")]
    public void An_inbound_visit_without_its_home_or_origin_is_refused_naming_it(string missing)
    {
        var home = missing == "home" ? null : Seed.Gyeonggi;
        var origin = missing == "origin" ? null : Seed.Shanghai;

        var act = () => Delegation.PlanInbound(new DelegationId("SH-2025-GG"), home!, origin!, "Return visit", Mayor, At(2025, 11, 10, 10, 0), At(2025, 11, 12, 18, 0));

        act.Should().Throw<ArgumentNullException>().WithParameterName(missing);
    }

    [Fact]
    public void A_missing_member_or_organization_is_refused_and_changes_nothing()
    {
        var trip = GyeonggiToChina();
        var before = DelegationSnapshot.Of(trip);

        var member = () => trip.AddMember(null!);
        var organization = () => trip.AddOrganization(null!);

        member.Should().Throw<ArgumentNullException>().WithParameterName("member");
        organization.Should().Throw<ArgumentNullException>().WithParameterName("organization");
        before.ShouldBeUnchanged();
    }

    [Fact]
    public void An_organization_with_a_blank_name_or_the_default_field_is_refused_naming_it()
    {
        var blankName = () => new Organization("  ", OrganizationField.AiData);
        var defaultField = () => new Organization("Hancom", default(OrganizationField));

        blankName.Should().Throw<ArgumentException>().WithParameterName("name");
        defaultField.Should().Throw<ArgumentException>().WithParameterName("field");
    }

    [Fact]
    public void A_stop_without_a_place_is_refused_naming_the_place()
    {
        var trip = GyeonggiToChina();

        var act = () => trip.AddStop(null!, At(2025, 9, 23, 9, 0), At(2025, 9, 23, 18, 0));

        act.Should().Throw<ArgumentNullException>().WithParameterName("place");
        trip.Stops.Should().BeEmpty();
    }

    [Fact]
    public void An_engagement_without_its_place_or_itself_is_refused_naming_the_missing_one()
    {
        var trip = GyeonggiToChina();
        trip.AddStop(Seed.Shanghai, At(2025, 9, 23, 9, 0), At(2025, 9, 24, 18, 0));
        var before = DelegationSnapshot.Of(trip);

        var withoutPlace = () => trip.AddEngagement(null!, new EventParticipation(At(2025, 9, 23, 10, 0), "Trade fair"));
        var withoutEngagement = () => trip.AddEngagement(Seed.Shanghai, null!);

        withoutPlace.Should().Throw<ArgumentNullException>().WithParameterName("place");
        withoutEngagement.Should().Throw<ArgumentNullException>().WithParameterName("engagement");
        before.ShouldBeUnchanged();
    }

    [Theory]
    [InlineData("owedBy")]
    [InlineData("owedTo")]
    public void A_commitment_without_the_region_that_owes_it_or_is_owed_it_is_refused_naming_it(string missing)
    {
        var trip = GyeonggiToChina();
        Region? owedBy = missing == "owedBy" ? null : Seed.Gyeonggi;
        Region? owedTo = missing == "owedTo" ? null : Seed.Shanghai;

        var act = () => trip.Commit(owedBy!, owedTo!, "Take part in the trade fair", PartialDate.InMonth(2025, 11));

        act.Should().Throw<ArgumentNullException>().WithParameterName(missing);
        trip.Commitments.Should().BeEmpty();
    }
}
