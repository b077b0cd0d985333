using Diplomacy.Core.Delegations;
using static Diplomacy.Core.Tests.Delegations.Trips;

namespace Diplomacy.Core.Tests.Delegations;

/// <summary>A delegation has a head who is its first member; people and organizations join in order, and a refused one is named with the delegation.</summary>
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
    public void Two_people_of_the_same_name_with_different_titles_are_two_members()
    {
        var trip = GyeonggiToChina();

        trip.AddMember(new DelegationMember("Kim Dong-yeon", "Journalist, Gyeonggi Ilbo", MemberRole.Journalist));

        trip.Members.Should().HaveCount(2);
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
