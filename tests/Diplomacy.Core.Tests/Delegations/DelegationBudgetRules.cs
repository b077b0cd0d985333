using Diplomacy.Core.Delegations;
using static Diplomacy.Core.Tests.Delegations.Trips;

namespace Diplomacy.Core.Tests.Delegations;

/// <summary>
/// A visit may have a budget and an actual cost, each optional; the cost is over or within the budget only when both are
/// in the same currency, and over means strictly more.
/// </summary>
public sealed class DelegationBudgetRules
{
    private static readonly CurrencyCode Krw = new("KRW");

    [Fact]
    public void A_visit_has_no_budget_and_no_cost_until_they_are_recorded()
    {
        var trip = GyeonggiToChina();

        (trip.Budget, trip.ActualCost, trip.CostAgainstBudget).Should().Be(((Money?)null, (Money?)null, BudgetStanding.Unknown));
    }

    [Fact]
    public void An_actual_cost_without_a_budget_is_recorded_and_stands_against_no_budget()
    {
        var trip = GyeonggiToChina();

        trip.RecordActualCost(new Money(28_000_000m, Krw));

        (trip.ActualCost, trip.CostAgainstBudget).Should().Be((new Money(28_000_000m, Krw), BudgetStanding.Unknown));
    }

    [Fact]
    public void A_budget_without_a_cost_stands_against_no_cost()
    {
        var trip = GyeonggiToChina();

        trip.SetBudget(new Money(30_000_000m, Krw));

        (trip.Budget, trip.CostAgainstBudget).Should().Be((new Money(30_000_000m, Krw), BudgetStanding.Unknown));
    }

    [Theory]
    [InlineData(30_000_001, BudgetStanding.OverBudget)]
    [InlineData(30_000_000, BudgetStanding.WithinBudget)] // the boundary: a cost equal to the budget is within it
    [InlineData(29_999_999, BudgetStanding.WithinBudget)]
    public void A_cost_in_the_budget_s_currency_is_over_the_budget_only_when_strictly_more(int cost, BudgetStanding standing)
    {
        var trip = GyeonggiToChina();
        trip.SetBudget(new Money(30_000_000m, Krw));

        trip.RecordActualCost(new Money(cost, Krw));

        trip.CostAgainstBudget.Should().Be(standing);
    }

    [Fact]
    public void A_cost_in_another_currency_than_the_budget_s_is_not_comparable()
    {
        var trip = GyeonggiToChina();
        trip.SetBudget(new Money(30_000_000m, Krw));

        trip.RecordActualCost(new Money(1m, new CurrencyCode("USD")));

        trip.CostAgainstBudget.Should().Be(BudgetStanding.NotComparable);
    }

    [Fact]
    public void A_budget_or_a_cost_recorded_again_replaces_the_one_before_and_null_removes_it()
    {
        var trip = GyeonggiToChina();
        trip.SetBudget(new Money(30_000_000m, Krw));
        trip.RecordActualCost(new Money(31_000_000m, Krw));

        trip.SetBudget(new Money(35_000_000m, Krw));
        var withinTheNewBudget = trip.CostAgainstBudget;
        trip.RecordActualCost(null);
        trip.SetBudget(null);

        (withinTheNewBudget, trip.Budget, trip.ActualCost).Should().Be((BudgetStanding.WithinBudget, (Money?)null, (Money?)null));
    }

    [Fact]
    public void A_stored_budget_and_cost_come_back_when_the_visit_is_rebuilt()
    {
        var trip = GyeonggiToChina();
        trip.SetBudget(new Money(30_000_000m, Krw));
        trip.RecordActualCost(new Money(31_000_000m, Krw));

        var rebuilt = Delegation.Rebuild(trip.ToFacts());

        (rebuilt.Budget, rebuilt.ActualCost, rebuilt.CostAgainstBudget).Should().Be((trip.Budget, trip.ActualCost, BudgetStanding.OverBudget));
    }

    [Fact]
    public void Stored_facts_that_differ_only_in_budget_or_cost_differ()
    {
        var facts = GyeonggiToChina().ToFacts();

        (facts with { Budget = new Money(1m, Krw) }).Should().NotBe(facts);
        (facts with { ActualCost = new Money(1m, Krw) }).Should().NotBe(facts);
    }
}
