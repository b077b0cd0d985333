using Ardalis.GuardClauses;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Portfolio;

namespace Diplomacy.Core.Sheets;

/// <summary>
/// A list of twinned pairs, two regions a row and nothing else, as scraped from an encyclopedia: Wikidata's twinning
/// statements (<c>Q8686,Q956</c>), two ISO codes, two region ids or two names.
/// </summary>
/// <remarks>
/// <para>Each side is found as a register sheet's cell is (see <see cref="RegisterSheet"/>): by key in the register, a
/// code from the catalog, a name in the register or the catalog; a name may carry its country after a comma
/// (<c>Suwon, Republic of Korea</c>), and a name neither knows, without a country, is refused. A Wikidata id the
/// register lacks is created as a place of that id with no parent, named by its id, in the options' zone for places
/// without a country (UTC by default): the list says nothing more about it.</para>
/// <para>Every row makes a tie of the options' kind, signed on an unknown date (a list says when nothing was signed).
/// The pair listed again, in either order, folds into the first tie and is reported as a duplicate (undated, it is a
/// likely duplicate by <see cref="Agreements.Agreement.IsLikelyDuplicateOf"/>, as is a pair the register holds while that tie binds); a pair of one
/// region is reported as a self-tie; neither stops anything. A row of other than two cells is refused with its line.</para>
/// </remarks>
public static class PairList
{
    /// <summary>Imports a pair list with the default options (<see cref="PairListOptions.Default"/>).</summary>
    /// <param name="register">The register to add to.</param>
    /// <param name="reader">The text; read to the end and not closed.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="register"/> or <paramref name="reader"/> is <see langword="null"/>.</exception>
    public static ImportReport Import(Register register, TextReader reader) => Import(register, reader, null);

    /// <summary>Imports a pair list.</summary>
    /// <param name="register">The register to add to.</param>
    /// <param name="reader">The list's text; read to the end and not closed.</param>
    /// <param name="options">The separator, header, direction, kind and mode; <see langword="null"/> for <see cref="PairListOptions.Default"/>.</param>
    /// <returns>The report: rows read, regions created and matched, ties created, duplicates merged, self-ties, rows refused.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="register"/> or <paramref name="reader"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An option is malformed: the name language is not a BCP 47 tag, or the zone is not an IANA id.</exception>
    /// <example>
    /// <code>
    /// var register = Register.Open();
    /// var report = PairList.Import(register, new StringReader("Q8686\tQ956\nQ956\tQ8686\n"));
    /// Console.WriteLine(report);   // 2 rows read: 1 ties created, 1 duplicates merged, 0 self-ties, 0 refused; 2 regions created, 0 matched
    /// </code>
    /// </example>
    public static ImportReport Import(Register register, TextReader reader, PairListOptions? options)
    {
        Guard.Against.Null(register);
        Guard.Against.Null(reader);
        options ??= PairListOptions.Default;
        var session = new ImportSession(register, options.AllOrNothing, options.NameLanguage, options.TimeZoneIdForPlacesWithoutCountry, options.Places);
        var rows = SheetText.Rows(reader, options.Separator);
        return session.Read(options.HasHeader ? rows.Skip(1) : rows, (line, cells) =>
        {
            if (cells.Length != 2)
            {
                throw new RowRefusedException(RowRefusalReason.WrongCellCount, $"The row has {cells.Length} cells where a pair list has two.");
            }

            var first = session.Place(cells[0], string.Empty, "first place");
            var second = session.Place(cells[1], string.Empty, "second place");
            session.Tie(line, first, second, options.Kind, PartialDate.Unknown, [], string.Empty, string.Empty, options.Directed);
        });
    }

    /// <summary>Imports a pair list from a stream of UTF-8 text (with or without a byte order mark), UTF-16/32 with a byte order mark, or, when its bytes are not UTF-8, the options' legacy encoding.</summary>
    /// <param name="register">The register to add to.</param>
    /// <param name="stream">The list; read to the end and left open.</param>
    /// <param name="options">The options; <see langword="null"/> for the defaults.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="register"/> or <paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An option is malformed.</exception>
    /// <exception cref="FormatException">
    /// The bytes are not UTF-8 and no legacy encoding is named, or not valid in the encoding their byte order mark or the options name: the message says at
    /// which byte and line, and how to name the encoding; nothing was added.
    /// </exception>
    public static ImportReport Import(Register register, Stream stream, PairListOptions? options)
    {
        Guard.Against.Null(stream);
        using var reader = SheetBytes.Reader(stream, options?.LegacyEncoding);
        return Import(register, reader, options);
    }
}
