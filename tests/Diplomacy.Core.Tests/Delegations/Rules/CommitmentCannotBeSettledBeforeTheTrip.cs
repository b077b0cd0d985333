using Diplomacy.Core.Delegations;
using static Diplomacy.Core.Tests.Delegations.Trips;

namespace Diplomacy.Core.Tests.Delegations.Rules;

/// <summary>A commitment made on a visit cannot be done or dropped on a day before the trip began (its start's date in the home region).</summary>
public sealed class CommitmentCannotBeSettledBeforeTheTrip
{
    [Theory]
    [InlineData(21, false)] // the day before the trip left home
    [InlineData(22, true)]  // boundary: the day the trip left home
    public void A_commitment_cannot_be_settled_before_its_trip_began(int day, bool accepted)
    {
        var trip = TripWithTradeFairCommitment();

        var act = () => trip.CompleteCommitment(1, On(2025, 9, day));

        if (accepted)
        {
            act.Should().NotThrow();
        }
        else
        {
            act.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.CommitmentCannotBeSettledBeforeTheTrip);
            trip.Commitments.Should().ContainSingle().Which.Status.Should().Be(CommitmentStatus.Open);
        }
    }
}
