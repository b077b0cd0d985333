namespace Diplomacy.Core.Delegations;

/// <summary>What a visit was meant to cost and what it cost.</summary>
public sealed partial class Delegation
{
    // No index of the register reads a budget or a cost, so these commands raise no Changed.
    /// <summary>What the visit was budgeted at, or null when no budget is recorded.</summary>
    public Money? Budget { get; private set; }

    /// <summary>What the visit actually cost, or null when it is not recorded; a cost may be recorded without a budget.</summary>
    public Money? ActualCost { get; private set; }

    /// <summary>
    /// How the actual cost stands against the budget: within it (at most the budget), over it (strictly more), not
    /// comparable when they are in different currencies (the library never converts), unknown when either is missing.
    /// </summary>
    public BudgetStanding CostAgainstBudget => (Budget, ActualCost) switch
    {
        ({ } budget, { } cost) => cost.Exceeds(budget) switch
        {
            true => BudgetStanding.OverBudget,
            false => BudgetStanding.WithinBudget,
            null => BudgetStanding.NotComparable,
        },
        _ => BudgetStanding.Unknown,
    };

    /// <summary>Records the visit's budget, replacing the one recorded before.</summary>
    /// <param name="budget">The budget, or null to remove it.</param>
    public void SetBudget(Money? budget) => Budget = budget;

    /// <summary>Records what the visit actually cost, replacing what was recorded before.</summary>
    /// <param name="cost">The cost, or null to remove it.</param>
    public void RecordActualCost(Money? cost) => ActualCost = cost;
}
