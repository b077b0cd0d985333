using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Portfolio;

/// <summary>Two regions as an unordered pair: (A, B) and (B, A) are one pair, and each region is its key, as <see cref="Region.Equals(Region)"/> says.</summary>
internal readonly struct RegionPair(Region first, Region second) : IEquatable<RegionPair>
{
    private readonly Region _first = first;
    private readonly Region _second = second;

    public bool Equals(RegionPair other) =>
        (_first.Equals(other._first) && _second.Equals(other._second))
        || (_first.Equals(other._second) && _second.Equals(other._first));

    public override bool Equals(object? obj) => obj is RegionPair other && Equals(other);

    // A sum does not depend on the order of the two keys, as equality does not.
    public override int GetHashCode() => unchecked(_first.GetHashCode() + _second.GetHashCode());
}
