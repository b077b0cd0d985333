using Ardalis.GuardClauses;

namespace Diplomacy.Core.Delegations;

/// <summary>
/// The stable key of a <see cref="Delegation"/>, chosen by the register that keeps it (for example
/// <c>GG-2025-CN</c> for Gyeonggi's visit to China in 2025).
/// </summary>
/// <remarks>
/// Equality is ordinal and case-sensitive: the key is the register's own text, kept as written (trimmed).
/// <c>default(DelegationId)</c> is not a key: its <see cref="Value"/> is empty. Immutable and thread-safe.
/// </remarks>
public readonly record struct DelegationId
{
    private readonly string? _value;

    /// <summary>Creates a key from the register's own text.</summary>
    /// <param name="value">The key; surrounding white space is removed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty or white space.</exception>
    public DelegationId(string value) => _value = Guard.Against.NullOrWhiteSpace(value).Trim();

    /// <summary>The key's text; empty for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>The key's text.</summary>
    /// <returns>The text of the key.</returns>
    public override string ToString() => Value;
}
