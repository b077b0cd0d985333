using Diplomacy.Core.Delegations;
using static Diplomacy.Core.Tests.Delegations.Trips;

namespace Diplomacy.Core.Tests.Delegations;

/// <summary>A delegation has a head who is one of its members, each member once, and each taking organization once.</summary>
public sealed class DelegationMembershipRules
{
    [Fact]
    public void The_head_of_a_delegation_is_its_first_member()
    {
        var trip = GyeonggiToChina();

        trip.AddMember(new DelegationMember("Kim Jin-kyung", "Chair of the Gyeonggi Provincial Council", MemberRole.CouncilChair));

        trip.Head.Should().Be(Governor);
        trip.Members.Should().HaveCount(2).And.StartWith(Governor);
    }

    [Fact]
    public void The_same_member_cannot_join_a_delegation_twice()
    {
        var trip = GyeonggiToChina();
        var chair = new DelegationMember("Kim Jin-kyung", "Chair of the Gyeonggi Provincial Council", MemberRole.CouncilChair);
        trip.AddMember(chair);
        var before = DelegationSnapshot.Of(trip);

        var act = () => trip.AddMember(new DelegationMember("Kim Jin-kyung", "Chair of the Gyeonggi Provincial Council", MemberRole.CouncilChair));

        act.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.DelegationMemberMustBeUnique);
        before.ShouldBeUnchanged();
    }

    [Fact]
    public void The_head_cannot_be_added_again_as_a_member()
    {
        var trip = GyeonggiToChina();

        var act = () => trip.AddMember(Governor);

        act.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.DelegationMemberMustBeUnique);
        trip.Members.Should().ContainSingle();
    }

    [Fact]
    public void Two_people_of_the_same_name_with_different_titles_are_two_members()
    {
        var trip = GyeonggiToChina();

        trip.AddMember(new DelegationMember("Kim Dong-yeon", "Journalist, Gyeonggi Ilbo", MemberRole.Journalist));

        trip.Members.Should().HaveCount(2);
    }

    [Fact]
    public void An_organization_takes_part_once_whatever_the_case_of_its_name()
    {
        var trip = GyeonggiToChina();
        trip.AddOrganization(new Organization("Hancom", OrganizationField.AiData));
        var before = DelegationSnapshot.Of(trip);

        var act = () => trip.AddOrganization(new Organization("HANCOM", OrganizationField.AiData));

        act.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.DelegationOrganizationMustBeUnique);
        before.ShouldBeUnchanged();
    }

    [Fact]
    public void Organizations_take_part_with_their_field_in_the_order_they_joined()
    {
        var trip = GyeonggiToChina();

        trip.AddOrganization(new Organization("NHN Cloud", OrganizationField.Cloud));
        trip.AddOrganization(new Organization("A-Robot", OrganizationField.AiRobotics));

        trip.Organizations.Select(organization => organization.Field).Should().Equal(OrganizationField.Cloud, OrganizationField.AiRobotics);
    }

    [Fact]
    public void A_refused_member_or_organization_is_named_with_the_delegation()
    {
        var trip = GyeonggiToChina();
        trip.AddOrganization(new Organization("Hancom"));

        var member = () => trip.AddMember(Governor);
        var organization = () => trip.AddOrganization(new Organization("HANCOM"));

        member.Should().Throw<DomainRuleException>().WithMessage("*Governor of Gyeonggi Province Kim Dong-yeon*GG-2025-CN*");
        organization.Should().Throw<DomainRuleException>().WithMessage("*HANCOM*GG-2025-CN*");
    }
}
