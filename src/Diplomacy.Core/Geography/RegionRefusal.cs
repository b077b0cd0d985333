namespace Diplomacy.Core.Geography;

/// <summary>A region a batch could not add, the rule it broke and, for a taken key, the region holding it.</summary>
public sealed class RegionRefusal
{
    internal RegionRefusal(int index, Region region, DomainRule rule, string reason, Region? holder)
    {
        Index = index;
        Region = region;
        Rule = rule;
        Reason = reason;
        Holder = holder;
    }

    /// <summary>Where the region stood in the batch as given (not in the parents-first order it was judged in), from 0.</summary>
    public int Index { get; }

    /// <summary>The region that was given.</summary>
    public Region Region { get; }

    /// <summary>
    /// <see cref="DomainRule.RegionKeyMustBeUnique"/> when a key of the region belongs to a region described otherwise,
    /// <see cref="DomainRule.RegionParentMustBeKnown"/> when its parent is in neither the directory nor the batch.
    /// </summary>
    public DomainRule Rule { get; }

    /// <summary>What was wrong, in words a person understands, for example <c>The key CN-SH of Pudong (CN-SH) already belongs to 上海市 (CN-SH).</c></summary>
    public string Reason { get; }

    /// <summary>The region holding the taken key, in the directory or earlier in the batch; null for a missing parent.</summary>
    public Region? Holder { get; }

    /// <summary>The reason.</summary>
    /// <returns><see cref="Reason"/>.</returns>
    public override string ToString() => Reason;

    internal DomainRuleException ToException() => new(Rule, Region.Id.Value, Reason);
}
