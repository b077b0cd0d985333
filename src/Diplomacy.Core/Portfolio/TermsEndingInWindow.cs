using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using NodaTime;

namespace Diplomacy.Core.Portfolio;

/// <summary>The register's question "which terms end in this window", with starts known in part.</summary>
internal static class TermsEndingInWindow
{
    public static HashSet<TermEnding> Find(IEnumerable<Agreement> ties, DateInterval window)
    {
        var found = new HashSet<TermEnding>();
        foreach (var agreement in ties)
        {
            // A term's end can only change where the status does, so asking on the window's first day and on each
            // change inside it finds every term running in the window; a term renewing itself is followed to its next end.
            var days = agreement.StatusTimeline
                .Select(span => span.From)
                .Where(window.Contains)
                .Prepend(window.Start);
            foreach (var day in days)
            {
                for (var end = agreement.TermEndsOn(day); end is { } last && last <= window.End; end = last < window.End ? agreement.TermEndsOn(last.PlusDays(1)) : null)
                {
                    if (last >= window.Start)
                    {
                        found.Add(new TermEnding(agreement, last, true));
                    }
                }
            }

            foreach (var (first, last, certain) in agreement.TermEndsFromPartlyKnownStarts())
            {
                if (first <= window.End && last >= window.Start)
                {
                    found.Add(new TermEnding(agreement, PartialDate.Between(first, last), certain && window.Contains(first) && window.Contains(last)));
                }
            }
        }

        return found;
    }
}
