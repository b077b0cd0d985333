namespace Diplomacy.Core.Delegations;

/// <summary>How a delegation's actual cost stands against its budget (see <see cref="Delegation.CostAgainstBudget"/>).</summary>
public enum BudgetStanding
{
    /// <summary>The budget or the actual cost is not recorded.</summary>
    Unknown,

    /// <summary>Both are recorded, in different currencies: the library does not convert, so it does not compare.</summary>
    NotComparable,

    /// <summary>The cost is at most the budget, in the same currency: a cost equal to the budget is within it.</summary>
    WithinBudget,

    /// <summary>The cost exceeds the budget (strictly greater), in the same currency.</summary>
    OverBudget,
}
