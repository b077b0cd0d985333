using Ardalis.GuardClauses;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Portfolio;
using nietras.SeparatedValues;

namespace Diplomacy.Core.Sheets;

/// <summary>
/// A register as a sheet: one tie a row (home, partner, their countries, kind, signing date as written, fields,
/// notes), read from CSV or TSV into a <see cref="Register"/> and written back in the same shape.
/// </summary>
/// <remarks>
/// <para><b>Places.</b> A cell names a region by key (its id, ISO 3166 code, current or former, or Wikidata id) or by
/// name. A name is matched by the core's name rules (<see cref="Geography.RegionDirectory.FindByName"/>: case, width
/// and accents ignored) among the register's regions, within the row's country when one is given; failing that,
/// among the catalog's countries and subdivisions (<see cref="Reference.Catalog"/>), which join the register with the
/// ancestors it lacks. A name neither knows is created as a place (<see cref="Geography.AdministrativeKind.Other"/>: a
/// sheet does not say its level) under its country, with the country's zone; when the country spans several zones
/// the place still takes the country's (capital's) zone, and the report lists it in
/// <see cref="ImportReport.PlacesWithAssumedZone"/>. A name several regions bear is refused as ambiguous, and so is a
/// name neither knows when no country is given, as no zone can be given it. A cell may carry its country after a
/// comma when the sheet has no country column (<c>Suwon, Republic of Korea</c>). Countries are found by
/// <see cref="Reference.Catalog.FindCountry"/> (<c>KR</c>, <c>Republic of Ireland</c>, <c>England, United Kingdom</c>)
/// and created from the catalog when the register lacks them.</para>
/// <para><b>Kinds.</b> The core's names in any spelling (<c>SisterCity</c>, <c>sister city</c>, <c>sister-city</c>) and
/// the words lists use: <c>twinning</c>, <c>twin town</c>, <c>friendship city</c> (CPAFFC's English for 友好城市, a
/// sister-city tie), <c>자매결연</c> and <c>姉妹都市</c> are sister-city ties; <c>friendship</c>, <c>friendly exchange</c>,
/// <c>우호교류</c> and Japan's <c>友好都市</c> are friendship ties; <c>MOU</c>, <c>memorandum of understanding</c>,
/// <c>업무협약</c> and <c>合作备忘录</c> cooperation memoranda; <c>letter of intent</c>, <c>LOI</c> and <c>의향서</c> letters of
/// intent. An empty kind is the options' default kind.</para>
/// <para><b>Ties.</b> Each row adds a signed agreement between its two regions, on its date as written: the core's
/// forms (<see cref="Calendar.PartialDate.Parse"/>; empty is unknown) and the forms registers write (<c>2019. 11. 27.</c>,
/// <c>2019년 11월</c>, <c>1997年4月1日</c>, Japanese era dates, <c>27 November 2019</c>, decades such as <c>1990s</c>;
/// numeric day-first or month-first dates only in the order <see cref="SheetImportOptions.NumericDateOrder"/> names,
/// never guessed; the package README lists every form). A row that is a likely duplicate of a tie already held (by the
/// register, or from an earlier row) by the core's one definition, <see cref="Agreement.IsLikelyDuplicateOf"/> (the same
/// two regions in either order, the same kind, times in force that may overlap), is merged into that tie, adding
/// nothing (the first row's date, fields and notes stand), and reported; a row signed after that tie ended is a new tie. Two kinds between the same regions
/// are two ties. A row whose two sides are one region is reported as a self-tie. Neither stops anything.</para>
/// <para><b>Refusals.</b> A row that cannot be read (wrong number of cells, unknown country or kind, ambiguous name,
/// malformed date, a rule of the core) is refused with its line and reason, and adds nothing: its regions and its tie
/// land together or not at all. The other rows still land, unless <see cref="SheetImportOptions.AllOrNothing"/> asks
/// that one refusal keep every row out.</para>
/// </remarks>
public static class RegisterSheet
{
    private static readonly SheetColumns Written = new();

    /// <summary>Imports a register sheet with the default options (<see cref="SheetImportOptions.Default"/>).</summary>
    /// <param name="register">The register to add to.</param>
    /// <param name="reader">The text; read to the end and not closed.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="register"/> or <paramref name="reader"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The header names no home or no partner column; nothing was added.</exception>
    public static ImportReport Import(Register register, TextReader reader) => Import(register, reader, null);

    /// <summary>Imports a register sheet: a header row, then one tie a row.</summary>
    /// <param name="register">The register to add to (an empty one from <see cref="Register.Open"/>, or one already filled).</param>
    /// <param name="reader">The sheet's text, CSV or TSV. It is read to the end and not closed.</param>
    /// <param name="options">The separator, column names, default kind and mode; <see langword="null"/> for <see cref="SheetImportOptions.Default"/>.</param>
    /// <returns>The report: rows read, regions created and matched, ties created, duplicates merged, self-ties, rows refused.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="register"/> or <paramref name="reader"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An option is malformed: the name language is not a BCP 47 tag, or the zone is not an IANA id.</exception>
    /// <exception cref="FormatException">The header names no home or no partner column (the message lists the header's columns); nothing was added.</exception>
    /// <example>
    /// <code>
    /// var register = Register.Open();
    /// Catalog.AddTo(register.Directory, "KR-41");
    /// var sheet = """
    ///     home,partner,partner country,kind,date
    ///     Gyeonggi,Shanghai,China,MOU,2025-09-25
    ///     Gyeonggi,Kanagawa,JP,friendship,1990-04
    ///     """;
    /// var report = RegisterSheet.Import(register, new StringReader(sheet));
    /// Console.WriteLine(report);   // 2 rows read: 2 ties created, 0 duplicates merged, 0 self-ties, 0 refused; 4 regions created, 1 matched
    /// </code>
    /// </example>
    public static ImportReport Import(Register register, TextReader reader, SheetImportOptions? options)
    {
        Guard.Against.Null(register);
        Guard.Against.Null(reader);
        options ??= SheetImportOptions.Default;
        return ImportRows(register, SheetText.Rows(reader, options.Separator), options);
    }

    /// <summary>
    /// Reads rows of cells, the first the header, into a register: the one pipeline of every register sheet, whether its
    /// rows came from CSV text or from a workbook's sheet.
    /// </summary>
    internal static ImportReport ImportRows(Register register, IEnumerable<(int Line, string[] Cells)> sheetRows, SheetImportOptions options)
    {
        var session = new ImportSession(register, options.AllOrNothing, options.NameLanguage, options.TimeZoneIdForPlacesWithoutCountry, options.Places);
        using var rows = sheetRows.GetEnumerator();
        if (!rows.MoveNext())
        {
            return session.Finish();
        }

        var (headerLine, header) = rows.Current;
        var layout = SheetLayout.Of(header, headerLine, options.Columns, options.Home is not null);
        var dates = new DateColumn(options.NumericDateOrder, SheetLayout.Cell(header, layout.Date));
        return session.Read(SheetText.Rest(rows), (line, cells) =>
        {
            if (cells.Length != header.Length)
            {
                throw new RowRefusedException(RowRefusalReason.WrongCellCount, $"The row has {cells.Length} cells where the header has {header.Length}.");
            }

            var home = session.Place(layout.Home < 0 ? options.Home! : cells[layout.Home], SheetLayout.Cell(cells, layout.HomeCountry), "home");
            var partner = session.Place(cells[layout.Partner], SheetLayout.Cell(cells, layout.PartnerCountry), "partner");
            var kind = SheetCells.Kind(SheetLayout.Cell(cells, layout.Kind), options.DefaultKind);
            var date = dates.Read(SheetLayout.Cell(cells, layout.Date));
            var fields = SheetCells.Fields(SheetLayout.Cell(cells, layout.Fields)).ToList();
            session.Tie(line, home, partner, kind, date, fields, SheetLayout.Cell(cells, layout.Notes), SheetLayout.Cell(cells, layout.Id), directed: true);
        });
    }

    /// <summary>Imports a register sheet from a stream of UTF-8 text (with or without a byte order mark), UTF-16/32 with a byte order mark, or, when its bytes are not UTF-8, the options' legacy encoding.</summary>
    /// <param name="register">The register to add to.</param>
    /// <param name="stream">The sheet; read to the end and left open.</param>
    /// <param name="options">The options; <see langword="null"/> for the defaults.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="register"/> or <paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An option is malformed.</exception>
    /// <exception cref="FormatException">The header names no home or no partner column; nothing was added.</exception>
    public static ImportReport Import(Register register, Stream stream, SheetImportOptions? options)
    {
        Guard.Against.Null(stream);
        using var reader = SheetBytes.Reader(stream, options?.LegacyEncoding);
        return Import(register, reader, options);
    }

    /// <summary>
    /// Writes a register's ties as a sheet, one row each, with a header: <c>id</c>, <c>home</c>, <c>home country</c>,
    /// <c>partner</c>, <c>partner country</c>, <c>kind</c>, <c>date</c>, <c>fields</c>, <c>notes</c>.
    /// </summary>
    /// <remarks>
    /// A region is written by its ISO code or Wikidata id when it has one, otherwise by its primary name with its
    /// country's code beside it, so that <see cref="Import(Register, TextReader, SheetImportOptions?)"/> of the sheet
    /// into a register finds or creates the same regions and the same ties (same ids, kinds, signing dates and fields).
    /// The kind is the agreement's current kind, by the core's name; the date is the signing date as written
    /// (<c>1993-10</c>, <c>..2025-09-22</c>); fields are joined by <c>; </c> and notes by <c> | </c>. The shape holds
    /// a signed tie of two parties and no history: a tie of three or more parties, or one not yet signed, is left out
    /// and listed in the result (the JSON register document holds everything).
    /// </remarks>
    /// <param name="register">The register.</param>
    /// <param name="writer">Where to write; it is flushed and left open.</param>
    /// <param name="separator">The separator: <c>,</c> (the default) for CSV, <c>\t</c> for TSV.</param>
    /// <returns>How many rows were written, and which agreements were left out.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="register"/> or <paramref name="writer"/> is <see langword="null"/>.</exception>
    /// <example>
    /// <code>
    /// using var file = File.CreateText("register.csv");
    /// var export = RegisterSheet.Export(register, file);
    /// Console.WriteLine($"{export.RowsWritten} ties written, {export.LeftOut.Count} left out");
    /// </code>
    /// </example>
    public static SheetExport Export(Register register, TextWriter writer, char separator = ',')
    {
        Guard.Against.Null(register);
        Guard.Against.Null(writer);
        var leftOut = new List<Agreement>();
        var written = 0;
        using (var sheet = Sep.New(separator).Writer(options => options with { Escape = true }).To(writer, leaveOpen: true))
        {
            sheet.Header.Add(ExportHeader);
            foreach (var (cells, _) in ExportRows(register, leftOut))
            {
                using var row = sheet.NewRow();
                for (var i = 0; i < cells.Length; i++)
                {
                    row[ExportHeader[i]].Set(cells[i]);
                }

                written++;
            }
        }

        writer.Flush();
        return new SheetExport(written, leftOut);
    }

    /// <summary>The columns an exported sheet has, in order.</summary>
    internal static string[] ExportHeader { get; } = [Written.Id, Written.Home, Written.HomeCountry, Written.Partner, Written.PartnerCountry, Written.Kind, Written.Date, Written.Fields, Written.Notes];

    /// <summary>
    /// The rows of an exported sheet, in <see cref="ExportHeader"/>'s order, each with its signing date (which a
    /// workbook stores as a date when it is a day); the ties the shape cannot hold are added to <paramref name="leftOut"/>.
    /// </summary>
    internal static IEnumerable<(string[] Cells, Calendar.PartialDate SignedOn)> ExportRows(Register register, List<Agreement> leftOut)
    {
        foreach (var agreement in register.Agreements)
        {
            var signedOn = agreement.SignedOn;
            if (agreement.Parties.Count != 2 || signedOn is null)
            {
                leftOut.Add(agreement);
                continue;
            }

            var home = agreement.Parties[0].Region;
            var partner = agreement.Parties[1].Region;
            yield return (
                [
                    agreement.Id.Value,
                    SheetRegion.Key(home),
                    SheetRegion.CountryCode(home),
                    SheetRegion.Key(partner),
                    SheetRegion.CountryCode(partner),
                    agreement.Kind.ToString(),
                    signedOn.Value.Precision == Calendar.DatePrecision.Unknown ? string.Empty : signedOn.Value.ToString(),
                    string.Join("; ", agreement.Fields),
                    string.Join(" | ", agreement.Notes),
                ],
                signedOn.Value);
        }
    }
}
