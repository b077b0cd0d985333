using Diplomacy.Core.Delegations;
using static Diplomacy.Core.Tests.Delegations.Trips;

namespace Diplomacy.Core.Tests.Delegations.Rules;

/// <summary>A person is a member of a delegation once: the same name, title and role cannot be added twice.</summary>
public sealed class DelegationMemberMustBeUnique
{
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
}
