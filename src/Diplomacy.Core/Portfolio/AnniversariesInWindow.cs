using Diplomacy.Core.Agreements;
using NodaTime;

namespace Diplomacy.Core.Portfolio;

/// <summary>The register's question "which anniversaries fall in this window", with dates known in part.</summary>
internal static class AnniversariesInWindow
{
    public static List<TieAnniversary> Find(IEnumerable<Agreement> ties, DateInterval window)
    {
        var found = new List<TieAnniversary>();
        foreach (var agreement in ties)
        {
            // Positive patterns rather than early exits: the mutation tool cannot compile a negated early exit that binds variables.
            if (agreement.SignedOn is { Earliest: { } first, Latest: { } last })
            {
                Add(found, agreement, first, last, window);
            }
        }

        return found;
    }

    private static void Add(List<TieAnniversary> found, Agreement agreement, LocalDate first, LocalDate last, DateInterval window)
    {
        // The n-th anniversary lies in the years first.Year + n to last.Year + n: only those n can touch the window.
        for (var n = Math.Max(1, window.Start.Year - last.Year); n <= window.End.Year - first.Year; n++)
        {
            var fallsOn = agreement.AnniversaryFallsOn(n);
            if (fallsOn is null)
            {
                return;
            }

            var earliest = fallsOn.Value.Earliest!.Value;
            var latest = fallsOn.Value.Latest!.Value;
            var from = LocalDate.Max(earliest, window.Start);
            var to = LocalDate.Min(latest, window.End);
            if (from > to)
            {
                continue;
            }

            var (may, surely) = Running(agreement, from, to);
            if (may)
            {
                found.Add(new TieAnniversary(agreement, n, fallsOn.Value, surely && earliest == from && latest == to));
            }
        }
    }

    /// <summary>Whether the tie may be in force or suspended on some day of the range, and whether it certainly is on every day.</summary>
    private static (bool May, bool Surely) Running(Agreement agreement, LocalDate from, LocalDate to)
    {
        var may = false;
        var surely = true;
        foreach (var span in agreement.StatusTimeline)
        {
            if (span.From > to || span.To < from)
            {
                continue;
            }

            foreach (var status in span.Possibilities.Statuses)
            {
                var running = status is AgreementStatus.InForce or AgreementStatus.Suspended;
                may |= running;
                surely &= running;
            }
        }

        return (may, surely);
    }
}
