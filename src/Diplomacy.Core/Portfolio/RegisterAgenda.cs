using Ardalis.GuardClauses;
using Diplomacy.Core.Geography;
using NodaTime;

namespace Diplomacy.Core.Portfolio;

/// <summary>The register's answer to "what comes up for this home", read from its ties and its delegations.</summary>
public sealed partial class Register
{
    /// <summary>
    /// What comes up for a home region in a window, for its calendar and its desk: the anniversaries of its ties (every
    /// fifth a milestone), the last days of their terms and the notices before them, the commitments of its
    /// delegations falling due (open, kept or dropped), and its delegations' days, out and in, past and planned.
    /// </summary>
    /// <remarks>
    /// Dates known in part stay in part: an entry's <see cref="AgendaEntry.Days"/> holds every day it may fall on (a
    /// tie signed in October 1993 has its 30th anniversary in October 2023), and <see cref="AgendaEntry.IsCertain"/>
    /// says whether it surely falls there. A notice falls <paramref name="termNotice"/> before each day the term may
    /// end, and is listed when one of those days is in the window; a commitment or anniversary with an open end (an
    /// undated tie) has no days and is left out. Ties are the home's own (see <see cref="TiesOf"/>); delegations are
    /// those of the home or of places inside it.
    /// </remarks>
    /// <param name="home">The home region.</param>
    /// <param name="window">The days asked about, both ends inclusive.</param>
    /// <param name="termNotice">How long before a term's last day its notice falls; 12 months when null.</param>
    /// <returns>The entries by first day, then <see cref="AgendaEntryKind"/>, then the tie's or delegation's id and the commitment's number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="home"/> or <paramref name="window"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="termNotice"/> has a negative unit or a time of day.</exception>
    /// <example>
    /// <code>
    /// var next90Days = register.AgendaOf(gyeonggi, new DateInterval(today, today.PlusDays(89)));
    /// </code>
    /// </example>
    public IReadOnlyList<AgendaEntry> AgendaOf(Region home, DateInterval window, Period? termNotice = null)
    {
        Guard.Against.Null(home);
        Guard.Against.Null(window);
        var notice = termNotice is null ? Period.FromMonths(12) : Guard.Against.DateLength(termNotice, allowZero: true);

        var entries = AgendaOfHome.Find(Ties(home, false), Delegations.Of(home), window, notice);
        return [.. AgendaOfHome.InOrder(entries)];
    }
}
