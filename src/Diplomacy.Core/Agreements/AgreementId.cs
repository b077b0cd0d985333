using Ardalis.GuardClauses;

namespace Diplomacy.Core.Agreements;

/// <summary>The key of an <see cref="Agreement"/>: the caller's own text, such as a register number.</summary>
/// <remarks>
/// Equality is ordinal and ignores case, as <see cref="Geography.RegionId"/>'s does: registers and sheets write the same
/// number in both cases (<c>gg-sh-2025</c>, <c>GG-SH-2025</c>), and a key that differs only by case is a copy, not a
/// second tie. <see cref="Value"/> keeps the text as given. Surrounding white
/// space is removed. <c>default(AgreementId)</c> is not a key: its <see cref="Value"/> is empty, and every
/// method that takes an id refuses it. Immutable, and so safe to share between threads.
/// </remarks>
public readonly record struct AgreementId
{
    private readonly string? _value;

    /// <summary>Creates a key from the caller's own text.</summary>
    /// <param name="value">The key, for example <c>"GG-SH-2025-09"</c>; surrounding white space is removed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty or white space.</exception>
    public AgreementId(string value) => _value = Guard.Against.NullOrWhiteSpace(value).Trim();

    /// <summary>The key's text; empty for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <inheritdoc />
    public bool Equals(AgreementId other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>The key's text.</summary>
    /// <returns>The text of the key.</returns>
    public override string ToString() => Value;
}
