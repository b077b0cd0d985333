using Ardalis.GuardClauses;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Geography;
using NodaTime;

namespace Diplomacy.Core.Portfolio;

/// <summary>The register's answer to "which agreements bind A and B", read from the ties filed under the pair.</summary>
public sealed partial class Register
{
    /// <summary>
    /// Every agreement held in which both regions are parties (a trilateral tie too), whatever its status: the record
    /// of the pair, in the order the agreements were added. Only the two regions' own ties, not those of places inside them.
    /// </summary>
    /// <param name="first">One region.</param>
    /// <param name="second">The other region.</param>
    /// <returns>The agreements; empty when there are none, or when both are the same region.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="first"/> or <paramref name="second"/> is null.</exception>
    /// <example>
    /// <code>
    /// register.TiesBetween(gyeonggi, shanghai);   // the 2025 MOU, and any earlier tie of the two
    /// </code>
    /// </example>
    public IReadOnlyList<Agreement> TiesBetween(Region first, Region second)
    {
        Guard.Against.Null(first);
        Guard.Against.Null(second);
        return first.Equals(second) ? [] : [.. _byPair.Of(first, second).AsList()];
    }

    /// <summary>
    /// The agreements that bind both regions on a date: in force or suspended then (a suspended tie still binds), and
    /// neither region has withdrawn (see <see cref="Agreement.BindsOn"/>). A status that is uncertain on that date does not count.
    /// </summary>
    /// <param name="first">One region.</param>
    /// <param name="second">The other region.</param>
    /// <param name="date">The date.</param>
    /// <returns>The agreements, in the order they were added; empty when there are none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="first"/> or <paramref name="second"/> is null.</exception>
    public IReadOnlyList<Agreement> TiesBetween(Region first, Region second, LocalDate date) =>
        [.. TiesBetween(first, second).Where(agreement =>
            agreement.StatusOn(date) is AgreementStatus.InForce or AgreementStatus.Suspended
            && agreement.BindsOn(first, date) && agreement.BindsOn(second, date))];
}
