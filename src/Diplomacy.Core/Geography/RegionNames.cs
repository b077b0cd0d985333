using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace Diplomacy.Core.Geography;

/// <summary>
/// The names of a region in several languages, keyed by BCP 47 language tag, with one primary name
/// (usually the name in the region's own language).
/// </summary>
/// <remarks>
/// <para>
/// Immutable: <see cref="And(string, string)"/> returns a new set. Equality is by reference.
/// </para>
/// <para>
/// <see cref="In(LanguageTag)"/> looks a name up as RFC 4647 "lookup" does: the tag itself, then each
/// less specific tag (<c>zh-Hans-CN</c> → <c>zh-Hans</c> → <c>zh</c>), then the primary name. It never fails.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var names = RegionNames.Of("zh-Hans", "上海市").And("ko", "상하이시").And("en", "Shanghai");
/// names.In("zh-Hans-CN"); // 上海市
/// names.In("fr");         // 上海市, the primary name
/// </code>
/// </example>
public sealed class RegionNames
{
    // Null while the primary name is the only one: most regions of a large register have one name. Otherwise every name,
    // the primary first, in an array: a region has tens of names at most, which a scan finds faster than a tree
    // and in a fraction of an immutable dictionary's memory.
    private readonly Several? _several;

    private RegionNames(LocalizedName primary, Several? several)
    {
        Primary = primary;
        _several = several;
    }

    /// <summary>The primary name: the one given to <see cref="Of(string, string)"/>.</summary>
    public LocalizedName Primary { get; }

    /// <summary>Every name, the primary one among them, in no particular order.</summary>
    public IEnumerable<LocalizedName> All => _several is { } several ? several.Names : [Primary];

    /// <summary>Starts a set of names with the primary name.</summary>
    /// <param name="languageTag">The BCP 47 tag of the primary name's language, for example <c>"ko"</c>.</param>
    /// <param name="name">The primary name.</param>
    /// <returns>A set holding the one name.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The tag is malformed, or the name is empty or white space.</exception>
    public static RegionNames Of(string languageTag, string name)
    {
        var primary = CreateName(languageTag, name);
        return new RegionNames(primary, null);
    }

    /// <summary>Returns a set with one more name.</summary>
    /// <param name="languageTag">The BCP 47 tag of the name's language, for example <c>"zh-Hans"</c>.</param>
    /// <param name="name">The name in that language.</param>
    /// <returns>A new set; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// The tag is malformed, the name is empty or white space, or the set already has a name in that language.
    /// </exception>
    public RegionNames And(string languageTag, string name)
    {
        var added = CreateName(languageTag, name);
        if (Exactly(added.Language) is { } existing)
        {
            throw new ArgumentException(
                $"The names already hold '{existing.Text}' in {added.Language}; a region has one name a language.", nameof(languageTag));
        }

        return new RegionNames(Primary, new Several(_several is { } several ? several.Names.Add(added) : [Primary, added]));
    }

    /// <summary>The name in a language, falling back to less specific tags and then to the primary name.</summary>
    /// <param name="language">The wanted language.</param>
    /// <returns>The best name for that language; the primary name when none fits.</returns>
    public LocalizedName In(LanguageTag language)
    {
        for (LanguageTag? tag = language; tag is { } current; tag = current.Parent)
        {
            if (Exactly(current) is { } name)
            {
                return name;
            }
        }

        return Primary;
    }

    /// <summary>The name in a language given by its tag, with the same fallback as <see cref="In(LanguageTag)"/>.</summary>
    /// <param name="languageTag">The wanted language's BCP 47 tag, for example <c>"zh-Hans-CN"</c>.</param>
    /// <returns>The best name's text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="languageTag"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="languageTag"/> is malformed.</exception>
    public string In(string languageTag) => In(LanguageTag.Parse(languageTag)).Text;

    /// <summary>The name held for exactly this language, without fallback.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The name, or null when there is none in exactly that language.</returns>
    public LocalizedName? Exactly(LanguageTag language)
    {
        if (_several is null)
        {
            return Primary.Language.Equals(language) ? Primary : null;
        }

        foreach (var name in _several.Names)
        {
            if (name.Language.Equals(language))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>The primary name's text.</summary>
    /// <returns>The primary name.</returns>
    public override string ToString() => Primary.Text;

    /// <summary>
    /// Every name in the form <see cref="RegionDirectory"/> indexes it (<see cref="NameFolding.Fold"/>). A set of several
    /// names folds them once and keeps the result, since the same set is often filed in many directories (a catalog's or
    /// a gazetteer's region, one for each import) and folding is most of what filing a name costs.
    /// </summary>
    internal string[] Folded()
    {
        if (_several is not { } several)
        {
            return [NameFolding.Fold(Primary.Text)];
        }

        if (several.Folded is { } folded)
        {
            return folded;
        }

        var names = several.Names;
        var fresh = new string[names.Length];
        for (var i = 0; i < fresh.Length; i++)
        {
            fresh[i] = NameFolding.Fold(names[i].Text);
        }

        // Two threads may fold the same set at once; they make equal arrays, and either may stay.
        several.Folded = fresh;
        return fresh;
    }

    private static LocalizedName CreateName(string languageTag, string name)
    {
        var language = LanguageTag.Parse(languageTag);
        return new LocalizedName(language, Guard.Against.NullOrWhiteSpace(name).Trim());
    }

    /// <summary>The names of a set of several, the primary first, and their folded forms once asked.</summary>
    private sealed class Several(ImmutableArray<LocalizedName> names)
    {
        public ImmutableArray<LocalizedName> Names { get; } = names;

        public string[]? Folded { get; set; }
    }
}
