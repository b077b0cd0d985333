using System.Text;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Reference;

namespace Diplomacy.Core.Sheets;

/// <summary>How <see cref="PairList.Import(Portfolio.Register, TextReader, PairListOptions?)"/> reads a pair list.</summary>
public sealed record PairListOptions
{
    /// <summary>The options by default: the separator detected, no header, directed, sister-city ties, each row on its own.</summary>
    public static PairListOptions Default { get; } = new();

    /// <summary>
    /// The separator between the two cells; <see langword="null"/> (the default) to detect it from the first row among
    /// comma, semicolon, tab and vertical bar.
    /// </summary>
    public char? Separator { get; init; }

    /// <summary>Whether the first row is a header, to be skipped. Default <see langword="false"/>, as the Wikidata crawl is written.</summary>
    public bool HasHeader { get; init; }

    /// <summary>
    /// Whether each row is one side's statement of a tie (A lists B as its twin), so that the row B, A is expected
    /// and folds into the same tie (<see langword="true"/>, the default, as Wikidata's P190 is); or each row is a
    /// whole tie, so that B, A repeats it. Either way one tie results; the report tells a folded direction
    /// (<see cref="DuplicateRow.OtherDirection"/>) from a repeat only when the list is directed.
    /// </summary>
    public bool Directed { get; init; } = true;

    /// <summary>The kind of every tie. Default <see cref="AgreementKind.SisterCity"/>, what twinning lists hold.</summary>
    public AgreementKind Kind { get; init; } = AgreementKind.SisterCity;

    /// <summary>Whether one refused row keeps every row out (<see langword="true"/>), or the other rows land (<see langword="false"/>, the default).</summary>
    public bool AllOrNothing { get; init; }

    /// <summary>The BCP 47 tag under which a created place's name is stored. Default <c>und</c> (undetermined).</summary>
    public string NameLanguage { get; init; } = "und";

    /// <summary>
    /// The IANA zone of a place known only by a Wikidata id. Default <c>UTC</c>: the core needs a zone for a place
    /// without a parent, and a pair list gives none.
    /// </summary>
    public string TimeZoneIdForPlacesWithoutCountry { get; init; } = "UTC";

    /// <summary>
    /// The gazetteer through which a city named with its country is placed: under its first-level division, in its own
    /// time zone, by any of its names in any language (<c>Diplomacy.Core.Places.Gazetteer.Resolver</c>). A populated
    /// place is chosen before a first-level division of the same name, and a name several places bear follows the
    /// gazetteer's rule (the report's <see cref="ImportReport.SharedNames"/> says what it chose). A place the register
    /// holds by that name wins, and a place the gazetteer lacks is created under its country. Default
    /// <see langword="null"/>: every city is created under its country, in the country's zone.
    /// </summary>
    public IPlaceResolver? Places { get; init; }

    /// <summary>
    /// The encoding of a stream whose bytes are not valid UTF-8 and carry no byte order mark: a sheet saved by Korean
    /// Excel or a public portal in CP949, a Japanese list in Shift_JIS. Default <see langword="null"/>: such bytes are
    /// refused. Get one from <see cref="CodePagesEncodingProvider.Instance"/> (<c>GetEncoding(949)</c> CP949/EUC-KR,
    /// <c>932</c> Shift_JIS, <c>54936</c> GB18030, <c>1252</c> Windows-1252) without registering it. Bytes that are valid
    /// UTF-8 are read as UTF-8 whatever is named; bytes invalid in the named encoding are refused, never replaced.
    /// </summary>
    public Encoding? LegacyEncoding { get; init; }
}
