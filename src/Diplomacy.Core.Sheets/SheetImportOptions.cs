using System.Text;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Reference;

namespace Diplomacy.Core.Sheets;

/// <summary>How <see cref="RegisterSheet.Import(Portfolio.Register, TextReader, SheetImportOptions?)"/> reads a register sheet.</summary>
public sealed record SheetImportOptions
{
    /// <summary>The options by default: the separator detected, the default column names, sister-city ties, each row on its own.</summary>
    public static SheetImportOptions Default { get; } = new();

    /// <summary>
    /// The separator between cells; <see langword="null"/> (the default) to detect it from the header row among
    /// comma, semicolon, tab and vertical bar.
    /// </summary>
    public char? Separator { get; init; }

    /// <summary>The header names of the columns.</summary>
    public SheetColumns Columns { get; init; } = new();

    /// <summary>The kind of a row whose kind cell is empty or absent. Default <see cref="AgreementKind.SisterCity"/>, what twinning lists hold.</summary>
    public AgreementKind DefaultKind { get; init; } = AgreementKind.SisterCity;

    /// <summary>
    /// Whether one refused row keeps every row out (<see langword="true"/>), or the other rows land (<see langword="false"/>,
    /// the default). Duplicates and self-ties never count as refused.
    /// </summary>
    public bool AllOrNothing { get; init; }

    /// <summary>
    /// The home of every row of a sheet that has no home column: a city's own list of its partners, as Korea's
    /// public-data portal publishes them. A key or a name, as a home cell holds it (<c>KR-41</c>, <c>Suwon, KR</c>).
    /// Default <see langword="null"/>: the sheet must have a home column. A sheet that has one reads it, not this.
    /// </summary>
    public string? Home { get; init; }

    /// <summary>
    /// The order of day and month in an all-numeric date with the year last (<c>03.04.2019</c>). Default
    /// <see cref="Sheets.NumericDateOrder.Unnamed"/>: such dates are refused, never guessed.
    /// </summary>
    public NumericDateOrder NumericDateOrder { get; init; }

    /// <summary>The BCP 47 tag under which a created place's name is stored. Default <c>und</c> (undetermined): a sheet rarely says.</summary>
    public string NameLanguage { get; init; } = "und";

    /// <summary>
    /// The IANA zone of a place known only by a Wikidata id, with no country in its row. Default <c>UTC</c>: the
    /// core needs a zone for a place without a parent, and the sheet does not give one.
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

    /// <summary>
    /// The sheet of a workbook (<see cref="RegisterWorkbook.Import(Portfolio.Register, Stream, SheetImportOptions?)"/>) that
    /// holds the register, by its name, ignoring case as Excel does. Default <see langword="null"/>: the workbook's first
    /// worksheet. A name the workbook lacks refuses it (<see cref="WorkbookRefusal.SheetNotFound"/>). Text sheets ignore it.
    /// </summary>
    public string? SheetName { get; init; }

    /// <summary>
    /// How much of a workbook is read before it is refused as hostile: its size unpacked, its rows, a row's cells, a cell's
    /// length. Default <see cref="Sheets.WorkbookLimits.Default"/>. Text sheets ignore it.
    /// </summary>
    public WorkbookLimits WorkbookLimits { get; init; } = WorkbookLimits.Default;
}
