using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Delegations;
using NodaTime;

namespace Diplomacy.Core.Portfolio;

/// <summary>The register's question "what comes up for this home in this window".</summary>
internal static class AgendaOfHome
{
    public static List<AgendaEntry> Find(IReadOnlyCollection<Agreement> ties, IEnumerable<Delegation> delegations, DateInterval window, Period termNotice)
    {
        var found = new List<AgendaEntry>();
        found.AddRange(AnniversariesInWindow.Find(ties, window).Select(row =>
            new AgendaEntry(AgendaEntryKind.Anniversary, DaysOf(row.FallsOn)!, row.IsCertain, row.Agreement, AnniversaryNumber: row.Number)));
        found.AddRange(TermsEndingInWindow.Find(ties, window).Select(row =>
            new AgendaEntry(AgendaEntryKind.TermEnds, DaysOf(row.LastDay)!, row.IsCertain, row.Agreement, TermLastDays: DaysOf(row.LastDay))));
        found.AddRange(Notices(ties, window, termNotice));
        foreach (var delegation in delegations)
        {
            var days = new DateInterval(delegation.Start.Date, delegation.End.Date);
            if (Overlap(days, window))
            {
                found.Add(new AgendaEntry(AgendaEntryKind.Delegation, days, true, Delegation: delegation));
            }

            foreach (var commitment in delegation.Commitments)
            {
                if (DaysOf(commitment.Due) is { } due && Overlap(due, window))
                {
                    found.Add(new AgendaEntry(AgendaEntryKind.CommitmentDue, due, window.Contains(due.Start) && window.Contains(due.End), Delegation: delegation, Commitment: commitment));
                }
            }
        }

        return found;
    }

    /// <summary>
    /// A notice falls the notice period before a term's last day, so the terms that end in the window moved forward by
    /// that period have their notices in the window; a notice whose days are past the calendar's end is never given.
    /// </summary>
    private static IEnumerable<AgendaEntry> Notices(IReadOnlyCollection<Agreement> ties, DateInterval window, Period termNotice)
    {
        // Not a pattern in the guard: an emptied exit must still compile (tests/MUTATION.md, safe mode).
        var start = CalendarSpan.After(window.Start, termNotice);
        if (start is null)
        {
            yield break;
        }

        var shifted = new DateInterval(start.Value, CalendarSpan.After(window.End, termNotice) ?? LocalDate.MaxIsoValue);
        foreach (var ending in TermsEndingInWindow.Find(ties, shifted))
        {
            var lastDays = DaysOf(ending.LastDay)!;
            var days = new DateInterval(lastDays.Start.Minus(termNotice), lastDays.End.Minus(termNotice));
            if (Overlap(days, window))
            {
                yield return new AgendaEntry(AgendaEntryKind.TermEndNotice, days, ending.IsCertain, ending.Agreement, TermLastDays: lastDays);
            }
        }
    }

    /// <summary>The days a date known in part may fall on; null for a date with an open end, which has no days to show.</summary>
    private static DateInterval? DaysOf(PartialDate date) =>
        date is { Earliest: { } earliest, Latest: { } latest } ? new DateInterval(earliest, latest) : null;

    private static bool Overlap(DateInterval days, DateInterval window) => days.Start <= window.End && window.Start <= days.End;

    /// <summary>The order an agenda reads in: by first day, then kind, then the tie's, delegation's or commitment's id.</summary>
    public static IOrderedEnumerable<AgendaEntry> InOrder(IEnumerable<AgendaEntry> entries) => entries
        .OrderBy(entry => entry.Days.Start)
        .ThenBy(entry => entry.Kind)
        .ThenBy(entry => entry.Agreement?.Id.Value ?? entry.Delegation!.Id.Value, StringComparer.Ordinal)
        .ThenBy(entry => entry.Commitment?.Number ?? 0);
}
