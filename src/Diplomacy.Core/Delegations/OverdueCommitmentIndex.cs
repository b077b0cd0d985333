using NodaTime;

namespace Diplomacy.Core.Delegations;

/// <summary>
/// The commitments of a log that can ever be overdue (those with a last possible due day), sorted so that
/// "overdue on a day" reads two ranges instead of every commitment.
/// </summary>
/// <remarks>
/// A commitment is overdue on a day when its last due day is before it and it was still open that day. The
/// open ones are sorted by last due day, so the overdue ones are a prefix. The settled ones were open that
/// day only when settled after it, so they are sorted by settlement day and read as a suffix; questions about
/// today find that suffix nearly empty.
/// </remarks>
internal sealed class OverdueCommitmentIndex
{
    private readonly Commitment[] _open;
    private readonly LocalDate[] _openLatestDue;
    private readonly Commitment[] _settled;
    private readonly LocalDate[] _settledOn;

    public OverdueCommitmentIndex(IEnumerable<Commitment> commitments)
    {
        var canFallDue = commitments.Where(commitment => commitment.Due.Latest is not null).ToList();
        _open = [.. canFallDue.Where(commitment => commitment.SettledOn is null).OrderBy(commitment => commitment.Due.Latest)];
        _openLatestDue = [.. _open.Select(commitment => commitment.Due.Latest!.Value)];
        _settled = [.. canFallDue.Where(commitment => commitment.SettledOn is not null).OrderBy(commitment => commitment.SettledOn)];
        _settledOn = [.. _settled.Select(commitment => commitment.SettledOn!.Value)];
    }

    public IReadOnlyList<Commitment> OverdueOn(LocalDate date)
    {
        var overdue = new List<Commitment>(_open.AsSpan(0, FirstAtOrAfter(_openLatestDue, date)).ToArray());
        // Nothing is settled after the calendar's last day, and the day after it cannot be computed.
        var settledLater = date == LocalDate.MaxIsoValue ? _settled.Length : FirstAtOrAfter(_settledOn, date.PlusDays(1));
        for (var i = settledLater; i < _settled.Length; i++)
        {
            if (_settled[i].IsOverdueOn(date))
            {
                overdue.Add(_settled[i]);
            }
        }

        return [.. overdue
            .OrderBy(commitment => commitment.Due.Latest)
            .ThenBy(commitment => commitment.Delegation.Value, StringComparer.Ordinal)
            .ThenBy(commitment => commitment.Number)];
    }

    /// <summary>The index of the first day on or after <paramref name="date"/> in a sorted array (its length when none is).</summary>
    private static int FirstAtOrAfter(LocalDate[] sorted, LocalDate date)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (sorted[middle] < date)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
