using Ardalis.GuardClauses;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Portfolio;

namespace Diplomacy.Core.Interchange.Wikidata;

/// <summary>
/// A register's twinnings as <a href="https://www.wikidata.org/wiki/Help:QuickStatements">QuickStatements</a> (version 1
/// commands), so that a registrar can contribute verified ties to Wikidata: "twinned administrative body" (P190)
/// between the two places' items, with start time (P580), end time (P582) and a reference URL (S854).
/// </summary>
/// <remarks>
/// <para><b>Which ties.</b> A signed agreement of two parties whose current kind is
/// <see cref="AgreementKind.SisterCity"/> or <see cref="AgreementKind.Friendship"/>: P190 holds twin towns, sister cities
/// and the friendship-city partnerships governments acknowledge (Japan's 友好都市, China's 友好交流 ties), not a
/// cooperation memorandum, a letter of intent or an agency's sector agreement, and not a proposal never signed. A tie
/// that was superseded is left out: the agreement that superseded it carries the tie. A tie that ended (terminated, or
/// its term ran out) is written, with its end time, as Wikidata keeps ended twinnings. Every other tie
/// is listed in <see cref="QuickStatementsExport.LeftOut"/> with its reason, and so is a tie whose two places do not both
/// carry a Wikidata id (<see cref="Geography.Region.WikidataId"/>), and a second tie between the same two items (the
/// first in the register's order is written).</para>
/// <para><b>Both directions.</b> Wikidata expects P190 on each of the two items (the property is symmetric), so a tie is
/// two commands: <c>Q1 P190 Q2 …</c> and <c>Q2 P190 Q1 …</c>, with the same qualifiers and reference.</para>
/// <para><b>Dates at the precision known.</b> Start time is the signing date; end time is the day of the termination as
/// recorded, or, for a term that ran out, the first day the tie was no longer in force. A date is written
/// at the precision its possible days allow: a day (<c>+1967-06-27T00:00:00Z/11</c>), a month
/// (<c>+1993-10-00T00:00:00Z/10</c>), a year (<c>/9</c>), a decade (<c>+1990-00-00T00:00:00Z/8</c>); a date whose
/// possible days span more than a decade, or that is open on one side (<c>..2025-09-22</c>) or unknown, gives no
/// qualifier. A day is never guessed.</para>
/// <para><b>Reference.</b> The agreement's first source with a web address, as S854 ("reference URL"); none when no
/// source has one.</para>
/// </remarks>
public static class QuickStatements
{
    /// <summary>Writes a register's twinnings as QuickStatements V1 commands, one a line, tab-separated.</summary>
    /// <param name="register">The register.</param>
    /// <param name="writer">Where to write; it is flushed and left open.</param>
    /// <returns>How many ties were written, and which were left out and why.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="register"/> or <paramref name="writer"/> is <see langword="null"/>.</exception>
    /// <example>
    /// <code>
    /// using var commands = File.CreateText("p190.tsv");
    /// var export = QuickStatements.Export(register, commands);
    /// foreach (var tie in export.LeftOut)
    /// {
    ///     Console.WriteLine($"{tie.Agreement.Id}: {tie.Reason}");
    /// }
    /// </code>
    /// </example>
    public static QuickStatementsExport Export(Register register, TextWriter writer)
    {
        Guard.Against.Null(register);
        Guard.Against.Null(writer);
        var leftOut = new List<TieLeftOut>();
        var pairs = new HashSet<(long, long)>();
        var written = 0;
        foreach (var agreement in register.Agreements)
        {
            if (Reason(agreement) is { } reason)
            {
                leftOut.Add(new TieLeftOut(agreement, reason));
                continue;
            }

            var first = agreement.Parties[0].Region.WikidataId!.Value;
            var second = agreement.Parties[1].Region.WikidataId!.Value;
            if (!pairs.Add((Math.Min(first.Number, second.Number), Math.Max(first.Number, second.Number))))
            {
                leftOut.Add(new TieLeftOut(agreement, TieLeftOutReason.SamePairAlreadyWritten));
                continue;
            }

            var qualifiers = Qualifiers(agreement);
            writer.Write($"{first}\tP190\t{second}{qualifiers}\n");
            writer.Write($"{second}\tP190\t{first}{qualifiers}\n");
            written++;
        }

        writer.Flush();
        return new QuickStatementsExport(written, leftOut);
    }

    private static TieLeftOutReason? Reason(Agreement agreement)
    {
        if (agreement.Parties.Count != 2)
        {
            return TieLeftOutReason.NotTwoParties;
        }

        if (!agreement.IsSigned)
        {
            return TieLeftOutReason.NotSigned;
        }

        if (agreement.Kind is not (AgreementKind.SisterCity or AgreementKind.Friendship))
        {
            return TieLeftOutReason.NotATwinning;
        }

        if (agreement.History.Any(fact => fact is AgreementSuperseded))
        {
            return TieLeftOutReason.Superseded;
        }

        return agreement.Parties.All(party => party.Region.WikidataId is not null) ? null : TieLeftOutReason.NoWikidataId;
    }

    private static string Qualifiers(Agreement agreement)
    {
        var line = string.Empty;
        if (WikidataTime.Of(agreement.SignedOn!.Value) is { } start)
        {
            line += $"\tP580\t{start}";
        }

        if (End(agreement) is { } end)
        {
            line += $"\tP582\t{end}";
        }

        if (agreement.Sources.FirstOrDefault(source => source.Url is not null) is { Url: { } url })
        {
            // An absolute address escapes its quotes and white space, so it cannot break out of the quoted string.
            line += $"\tS854\t\"{url.AbsoluteUri}\"";
        }

        return line;
    }

    private static string? End(Agreement agreement)
    {
        foreach (var fact in agreement.History)
        {
            if (fact is AgreementTerminated)
            {
                return WikidataTime.Of(fact.OccurredOn);
            }
        }

        var spans = agreement.StatusTimeline;
        if (spans is [.., var before, { Status: AgreementStatus.Expired } expired])
        {
            // The term's end may be known only within the uncertain span before it.
            var earliest = before.Status == AgreementStatus.Uncertain ? before.From : expired.From;
            return WikidataTime.Of(earliest, expired.From);
        }

        return null;
    }
}
