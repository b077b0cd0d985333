using System.Collections.Immutable;

namespace Diplomacy.Core.Geography;

/// <summary>
/// The languages the library's texts are written in (counts, statistics tables and headlines, leads' reasons), and
/// how a text's language is chosen from a <see cref="LanguageTag"/>.
/// </summary>
/// <remarks>
/// <para>
/// <b>Shipped.</b> English (the neutral resources), Korean (<c>ko</c>), Japanese (<c>ja</c>) and Simplified Chinese
/// (<c>zh-Hans</c>), each complete: every text of every language is written, none falls back to English unseen.
/// </para>
/// <para>
/// <b>Choosing.</b> A tag is looked up from the most specific to the least, as RFC 4647 does (<c>ko-KR</c>, then
/// <c>ko</c>; <c>zh-Hans-CN</c>, then <c>zh-Hans</c>, then <c>zh</c>). A Chinese tag without a script takes the one
/// CLDR's likely subtags give it: <c>zh</c>, <c>zh-CN</c> and <c>zh-SG</c> read Simplified Chinese, while
/// <c>zh-TW</c>, <c>zh-HK</c> and <c>zh-MO</c> are Traditional Chinese, which is not shipped. Every language not
/// found reads English.
/// </para>
/// <para>
/// <b>Without ICU.</b> The shipped languages are chosen on the tag's name and embedded in the core's own assembly, never
/// found through a <see cref="System.Globalization.CultureInfo"/>, so that a host running with <c>InvariantGlobalization</c>
/// (where no culture but the invariant one can be created) gets the same texts as any other. Numbers and dates in the
/// texts are written the invariant way (<c>1234</c>, <c>2025-09-25</c>) in every language.
/// </para>
/// <para>
/// <b>Adding a language.</b> In the library, add <c>Texts.&lt;tag&gt;.resx</c> (for example <c>Texts.fr.resx</c>) beside
/// the core's <c>Texts.resx</c> with every key translated and the same numbered placeholders; the build embeds it and it
/// is read by its tag, with no code changed. A host may instead add a satellite assembly of the core's version
/// (<c>fr/Diplomacy.Core.resources.dll</c>, resources <c>Diplomacy.Core.Texts.fr.resources</c>), which .NET's
/// <see cref="System.Resources.ResourceManager"/> reads where the host can create the culture (not under invariant
/// globalization, where such a language reads English).
/// </para>
/// </remarks>
public static class TextLanguages
{
    /// <summary>The languages shipped with the library: <c>en</c>, <c>ko</c>, <c>ja</c> and <c>zh-Hans</c>, English first.</summary>
    public static ImmutableArray<LanguageTag> Shipped { get; } =
        [LanguageTag.Parse("en"), LanguageTag.Parse("ko"), LanguageTag.Parse("ja"), LanguageTag.Parse("zh-Hans")];
}
