using System.Collections.Immutable;
using System.Globalization;
using Diplomacy.Core.Geography;
using Microsoft.Net.Http.Headers;

namespace Diplomacy.Core.Web.Language;

/// <summary>
/// The languages the pages are offered in (<c>Languages</c> in configuration; the core's
/// <see cref="TextLanguages.Shipped"/> unless configured), and which of them a requested tag reads.
/// </summary>
/// <remarks>
/// A tag is looked up in the core's order (<see cref="LanguageTag.LookupOrder"/>, RFC 4647 with the script CLDR's likely
/// subtags give Chinese), the order the core's own texts are chosen in, so that <c>ko-KR</c> reads <c>ko</c>,
/// <c>zh-CN</c> and <c>zh-SG</c> read <c>zh-Hans</c>, while <c>zh-TW</c>, <c>zh-HK</c> and <c>zh-MO</c> lead to
/// <c>zh-Hant</c>, which a register offering Simplified Chinese only does not read. No culture data is needed, so a host
/// under invariant globalization chooses alike. A bare language offered only with a region or script (<c>pt</c> when
/// <c>pt-BR</c> is offered) reads the first offered form of it. Tags compare in any case. Anything else reads nothing
/// here, and the request is answered in English.
/// </remarks>
public sealed class OfferedLanguages
{
    /// <summary>The configuration key listing the offered language tags.</summary>
    public const string Section = "Languages";

    private readonly Dictionary<string, Texts> _byCode;

    /// <summary>Offers the languages of <paramref name="tags"/>, in their order, each of which the host's resources must hold.</summary>
    /// <exception cref="InvalidOperationException">A tag is not a language or has no <c>Texts.&lt;tag&gt;.resx</c>.</exception>
    public OfferedLanguages(IEnumerable<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        All = [.. tags.Select(Offer).DistinctBy(texts => texts.Code, StringComparer.OrdinalIgnoreCase)];
        _byCode = All.ToDictionary(texts => texts.Code, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The offered languages' texts, in the configured order.</summary>
    public ImmutableArray<Texts> All { get; }

    /// <summary>The languages configured under <see cref="Section"/>, or the core's shipped ones when none is.</summary>
    public static OfferedLanguages From(IConfiguration configuration) =>
        new(configuration.GetSection(Section).Get<string[]>() is { Length: > 0 } configured
            ? configured
            : TextLanguages.Shipped.Select(tag => tag.Value));

    /// <summary>The offered language a tag reads (<c>ko-KR</c> → <c>ko</c>, <c>zh</c> → <c>zh-Hans</c>), or null.</summary>
    public Texts? Find(string? tag)
    {
        var asked = tag?.Trim();
        if (!LanguageTag.TryParse(asked, out var language))
        {
            return null;
        }

        foreach (var candidate in language.LookupOrder())
        {
            if (_byCode.TryGetValue(candidate.Value, out var texts))
            {
                return texts;
            }
        }

        return asked.Contains('-', StringComparison.Ordinal)
            ? null
            : All.FirstOrDefault(texts => texts.Code.StartsWith(asked + "-", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The browser's most wanted language that is offered, by quality (a quality of 0 refuses), or null.</summary>
    public Texts? FromBrowser(IEnumerable<StringWithQualityHeaderValue> acceptLanguage) =>
        acceptLanguage
            .Where(language => (language.Quality ?? 1) > 0)
            .OrderByDescending(language => language.Quality ?? 1)
            .Select(language => Find(language.Value.Value))
            .FirstOrDefault(texts => texts is not null);

    private static Texts Offer(string tag)
    {
        Texts texts;
        try
        {
            texts = Texts.Of(tag.Trim());
        }
        catch (CultureNotFoundException error)
        {
            throw new InvalidOperationException($"{Section}: '{tag}' is not a language tag.", error);
        }

        return texts.IsShipped
            ? texts
            : throw new InvalidOperationException(
                $"{Section}: '{tag}' is offered but the host has no texts for it: add Language/Texts.{texts.Code}.resx.");
    }
}
