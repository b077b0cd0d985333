using Ardalis.GuardClauses;

namespace Diplomacy.Core.Geography;

/// <summary>
/// The stable key of a <see cref="Region"/>. By default it is the region's public code: the ISO 3166-1
/// code of a country (<c>KR</c>), the ISO 3166-2 code of a subdivision (<c>CN-SH</c>); a place without
/// one takes its Wikidata id or the caller's own key.
/// </summary>
/// <remarks>
/// Equality is ordinal and ignores case, because registers write the same code in both cases.
/// <c>default(RegionId)</c> is not a key: its <see cref="Value"/> is empty.
/// </remarks>
public readonly record struct RegionId
{
    private readonly string? _value;

    /// <summary>Creates a key from the caller's own text.</summary>
    /// <param name="value">The key; surrounding white space is removed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty or white space.</exception>
    public RegionId(string value) => _value = Guard.Against.NullOrWhiteSpace(value).Trim();

    /// <summary>The key's text; empty for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>The key of a country: its ISO 3166-1 code.</summary>
    /// <param name="code">The country's code.</param>
    /// <returns>A key whose text is the code.</returns>
    public static RegionId For(CountryCode code) => new(Guard.Against.Default(code).Value);

    /// <summary>The key of a subdivision: its current ISO 3166-2 code.</summary>
    /// <param name="code">The subdivision's code.</param>
    /// <returns>A key whose text is the code.</returns>
    public static RegionId For(SubdivisionCode code) => new(Guard.Against.Default(code).Value);

    /// <summary>The key of a place known by its Wikidata id.</summary>
    /// <param name="id">The place's Wikidata id.</param>
    /// <returns>A key whose text is the id, like <c>Q8686</c>.</returns>
    public static RegionId For(WikidataId id) => new(Guard.Against.Default(id).ToString());

    /// <inheritdoc />
    public bool Equals(RegionId other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>The key's text.</summary>
    /// <returns>The text of the key.</returns>
    public override string ToString() => Value;
}
