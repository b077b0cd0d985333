using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;

namespace Diplomacy.Core.Geography;

/// <summary>
/// A BCP 47 language tag, such as <c>ko</c>, <c>zh-Hans</c>, <c>zh-Hans-CN</c> or <c>en</c>.
/// </summary>
/// <remarks>
/// <para>
/// The tag is checked for form (subtags of one to eight letters or digits, separated by hyphens, the first a
/// language of two, three or five to eight letters) and stored in the canonical case of BCP 47: language
/// lower-case, a four-letter script title-case, a two-letter region upper-case (<c>ZH-hans-cn</c> becomes
/// <c>zh-Hans-CN</c>), and every subtag after an extension or private-use singleton lower-case
/// (<c>en-x-AB-CD</c> becomes <c>en-x-ab-cd</c>).
/// </para>
/// <para>
/// Equality is ordinal on the canonical tag. <c>default(LanguageTag)</c> is not a tag: its
/// <see cref="Value"/> is empty.
/// </para>
/// </remarks>
public readonly record struct LanguageTag
{
    private readonly string? _value;

    private LanguageTag(string value) => _value = value;

    /// <summary>The tag in canonical case; empty for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>
    /// The next less specific tag in a look-up, as in RFC 4647: the tag without its last subtag, and without
    /// every singleton such as <c>x</c> that would be left at the end (<c>de-u-co-phonebk</c> gives <c>de-u-co</c>,
    /// and <c>de-a-u-co</c> gives <c>de</c>), so that the fallback is always a well-formed tag.
    /// <c>zh-Hans-CN</c> gives <c>zh-Hans</c>, which gives <c>zh</c>, which gives <c>null</c>.
    /// </summary>
    public LanguageTag? Parent
    {
        get
        {
            var value = Value;
            var cut = value.LastIndexOf('-');
            while (cut >= 2 && value[cut - 2] == '-')
            {
                cut -= 2;
            }

            return cut < 0 ? null : new LanguageTag(value[..cut]);
        }
    }

    /// <summary>
    /// The tags a look-up tries for this one, from the most specific to the least, as RFC 4647 "lookup" does: a Chinese
    /// tag without a script first takes the one CLDR's likely subtags give it (<c>zh</c>, <c>zh-CN</c> and <c>zh-SG</c>
    /// are <c>zh-Hans</c>; <c>zh-TW</c>, <c>zh-HK</c> and <c>zh-MO</c> are <c>zh-Hant</c>), then each <see cref="Parent"/>
    /// follows. <c>ko-KR</c> gives <c>ko-KR</c>, <c>ko</c>; <c>zh-TW</c> gives <c>zh-Hant-TW</c>, <c>zh-Hant</c>, <c>zh</c>.
    /// </summary>
    /// <returns>The tags in look-up order, this one (with its likely script) first; none for <c>default</c>.</returns>
    /// <remarks>The library's texts are chosen in this order, and a host choosing among the languages it offers can use the same.</remarks>
    public IEnumerable<LanguageTag> LookupOrder()
    {
        if (_value is null)
        {
            yield break;
        }

        for (LanguageTag? tag = WithLikelyScript(this); tag is { } candidate; tag = candidate.Parent)
        {
            yield return candidate;
        }
    }

    /// <summary>Parses a BCP 47 language tag.</summary>
    /// <param name="tag">The tag, in any case, for example <c>"zh-Hans"</c>.</param>
    /// <returns>The tag in canonical case.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tag"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="tag"/> is not a well-formed language tag.</exception>
    public static LanguageTag Parse(string tag) =>
        Guard.Against.Malformed<LanguageTag>(tag, TryParse, "a BCP 47 language tag (like ko, zh-Hans or en-GB)");

    /// <summary>Tries to parse a BCP 47 language tag.</summary>
    /// <param name="tag">The text to parse.</param>
    /// <param name="result">The tag in canonical case when the text is one; otherwise <c>default</c>.</param>
    /// <returns>Whether <paramref name="tag"/> is a well-formed language tag.</returns>
    public static bool TryParse([NotNullWhen(true)] string? tag, out LanguageTag result)
    {
        result = default;
        if (string.IsNullOrEmpty(tag))
        {
            return false;
        }

        var subtags = tag.Split('-');
        var language = subtags[0];
        if (language.Length is not (2 or 3 or (>= 5 and <= 8)) || !IsAll(language, char.IsAsciiLetter))
        {
            return false;
        }

        subtags[0] = language.ToLowerInvariant();
        var afterSingleton = false;
        for (var i = 1; i < subtags.Length; i++)
        {
            var subtag = subtags[i];
            if (subtag.Length is < 1 or > 8 || !IsAll(subtag, char.IsAsciiLetterOrDigit))
            {
                return false;
            }

            // Past an extension or private-use singleton, no subtag is a script or a region any more.
            afterSingleton |= subtags[i - 1].Length == 1;
            subtags[i] = CanonicalCase(subtag, afterSingleton);
        }

        if (subtags[^1].Length == 1)
        {
            return false;
        }

        result = new LanguageTag(string.Join('-', subtags));
        return true;
    }

    /// <summary>The tag, for example <c>zh-Hans-CN</c>.</summary>
    /// <returns>The tag in canonical case.</returns>
    public override string ToString() => Value;

    private static LanguageTag WithLikelyScript(LanguageTag language)
    {
        var subtags = language.Value.Split('-');
        if (subtags[0] != "zh" || (subtags.Length > 1 && subtags[1].Length == 4))
        {
            return language;
        }

        var script = subtags.Length > 1 && subtags[1] is "TW" or "HK" or "MO" ? "Hant" : "Hans";
        return Parse(string.Join('-', [subtags[0], script, .. subtags[1..]]));
    }

    private static bool IsAll(string text, Func<char, bool> predicate)
    {
        foreach (var c in text)
        {
            if (!predicate(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string CanonicalCase(string subtag, bool afterSingleton) => subtag.Length switch
    {
        4 when !afterSingleton && IsAll(subtag, char.IsAsciiLetter) => char.ToUpperInvariant(subtag[0]) + subtag[1..].ToLowerInvariant(),
        2 when !afterSingleton => subtag.ToUpperInvariant(),
        _ => subtag.ToLowerInvariant(),
    };
}
