using Diplomacy.Core.Agreements;

namespace Diplomacy.Core.Portfolio;

/// <summary>An agreement a batch could not add to a register, and the rule it broke.</summary>
public sealed class AgreementRefusal
{
    internal AgreementRefusal(int index, Agreement agreement, DomainRule rule, string reason)
    {
        Index = index;
        Agreement = agreement;
        Rule = rule;
        Reason = reason;
    }

    /// <summary>Where the agreement stood in the batch as given, from 0.</summary>
    public int Index { get; }

    /// <summary>The agreement that was given.</summary>
    public Agreement Agreement { get; }

    /// <summary>
    /// <see cref="DomainRule.AgreementPartyMustBeInRegister"/> when a party's region is not in the register,
    /// <see cref="DomainRule.AgreementMustBeRegisteredOnce"/> when its id is held already or given earlier in the batch,
    /// <see cref="DomainRule.AgreementMustNotDuplicateATie"/> when it repeats a tie held or given earlier in the batch.
    /// </summary>
    public DomainRule Rule { get; }

    /// <summary>What was wrong, in words a person understands: the same message the one-by-one add throws with.</summary>
    public string Reason { get; }

    /// <summary>The reason.</summary>
    /// <returns><see cref="Reason"/>.</returns>
    public override string ToString() => Reason;

    internal DomainRuleException ToException() => new(Rule, Agreement.Id.Value, Reason);
}
