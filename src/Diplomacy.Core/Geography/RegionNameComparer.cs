using Ardalis.GuardClauses;

namespace Diplomacy.Core.Geography;

/// <summary>
/// Compares region names as <see cref="RegionDirectory.FindByName"/> matches them: trimmed, NFKC-normalised (full- and
/// half-width forms alike), without the accents of Latin and Greek letters (Córdoba = Cordoba, ş = ș), with the
/// look-alike letters lists mix folded (ł = l, ß = ss), and ignoring case. Marks that make another word elsewhere
/// are kept (が is not か), and Hangul matches only itself.
/// </summary>
/// <remarks>
/// A catalog or index of names kept outside a <see cref="RegionDirectory"/> uses it to find the same regions a
/// directory would; the rule lives here once. <c>null</c> equals only <c>null</c> and sorts first.
/// </remarks>
/// <example>
/// <code>
/// RegionNameComparer.Instance.Equals("Córdoba", "CORDOBA");   // true
/// RegionNameComparer.Instance.Equals("が", "か");             // false
/// </code>
/// </example>
public sealed class RegionNameComparer : StringComparer
{
    private RegionNameComparer()
    {
    }

    /// <summary>The comparer.</summary>
    public static RegionNameComparer Instance { get; } = new();

    /// <inheritdoc/>
    public override int Compare(string? x, string? y) =>
        NameFolding.Comparer.Compare(x is null ? null : NameFolding.Fold(x), y is null ? null : NameFolding.Fold(y));

    /// <inheritdoc/>
    public override bool Equals(string? x, string? y) =>
        NameFolding.Comparer.Equals(x is null ? null : NameFolding.Fold(x), y is null ? null : NameFolding.Fold(y));

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="obj"/> is null.</exception>
    public override int GetHashCode(string obj) => NameFolding.Comparer.GetHashCode(NameFolding.Fold(Guard.Against.Null(obj)));
}
