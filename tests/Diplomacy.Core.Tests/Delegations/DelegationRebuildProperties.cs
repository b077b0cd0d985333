using CsCheck;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Delegations;

/// <summary>A delegation stored as facts and rebuilt answers every question as the original did, and gives back the same facts.</summary>
public sealed class DelegationRebuildProperties
{
    [Fact]
    public void A_rebuilt_delegation_answers_every_question_as_the_one_stored()
    {
        StoredDelegationScript.Gen.Sample(
            script =>
            {
                var original = script.Build();

                var rebuilt = Delegation.Rebuild(original.ToFacts());

                rebuilt.Id.Should().Be(original.Id);
                rebuilt.Direction.Should().Be(original.Direction);
                rebuilt.Home.Should().Be(original.Home);
                rebuilt.Origin.Should().Be(original.Origin);
                rebuilt.Purpose.Should().Be(original.Purpose);
                rebuilt.Head.Should().Be(original.Head);
                rebuilt.Start.Should().Be(original.Start);
                rebuilt.End.Should().Be(original.End);
                rebuilt.Members.Should().Equal(original.Members);
                rebuilt.Organizations.Should().Equal(original.Organizations);
                rebuilt.Partners.Should().Equal(original.Partners);
                rebuilt.Stops.Select(stop => (stop.Place, stop.Arrival, stop.Departure)).Should().Equal(original.Stops.Select(stop => (stop.Place, stop.Arrival, stop.Departure)));
                rebuilt.Stops.Select(stop => stop.Engagements).Should().BeEquivalentTo(original.Stops.Select(stop => stop.Engagements), options => options.WithStrictOrdering());
                rebuilt.Commitments.Select(Row).Should().Equal(original.Commitments.Select(Row));
                (rebuilt.Budget, rebuilt.ActualCost, rebuilt.CostAgainstBudget).Should().Be((original.Budget, original.ActualCost, original.CostAgainstBudget));
                foreach (var day in Enumerable.Range(-10, 90).Select(step => StoredDelegationScript.Day(step * 7)))
                {
                    rebuilt.CommitmentsOverdueOn(day).Select(Row).Should().Equal(original.CommitmentsOverdueOn(day).Select(Row));
                    rebuilt.Commitments.Select(commitment => commitment.StatusOn(day)).Should().Equal(original.Commitments.Select(commitment => commitment.StatusOn(day)));
                }
            },
            iter: PropertySamples.Of(300));
    }

    [Fact]
    public void The_facts_of_a_rebuilt_delegation_equal_the_facts_it_was_rebuilt_from()
    {
        StoredDelegationScript.Gen.Sample(
            script =>
            {
                var facts = script.Build().ToFacts();

                Delegation.Rebuild(facts).ToFacts().Should().Be(facts);
            },
            iter: PropertySamples.Of(300));
    }

    private static (int, string, object, object, string, object, CommitmentStatus, LocalDate?, string?) Row(Commitment commitment) =>
        (commitment.Number, commitment.Delegation.Value, commitment.OwedBy, commitment.OwedTo, commitment.What, commitment.Due, commitment.Status, commitment.SettledOn, commitment.DropReason);
}
