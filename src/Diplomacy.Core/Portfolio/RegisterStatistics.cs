using Ardalis.GuardClauses;
using Diplomacy.Core.Coverage;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Statistics;
using NodaTime;

namespace Diplomacy.Core.Portfolio;

/// <summary>The register's statistics of a home region's ties: on a date, and what changed between two dates.</summary>
public sealed partial class Register
{
    /// <summary>
    /// A home region's statistics on a date: its ties that count (as for a coverage) by partner country, kind, decade
    /// of signing, home and partner first-level division and field, and the uncertain ties counted apart. See
    /// <see cref="TieStatistics"/>. Touches only the home's ties, never the whole register.
    /// </summary>
    /// <param name="home">The home region; for a national register, its country with <see cref="CoverageCriteria.IncludeHomeSubregions"/>.</param>
    /// <param name="date">The date.</param>
    /// <param name="criteria">What counts; null for <see cref="CoverageCriteria.Default"/>.</param>
    /// <returns>The statistics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="home"/> is null.</exception>
    /// <example>
    /// <code>
    /// var statistics = register.StatisticsOn(korea, new LocalDate(2025, 12, 31), CoverageCriteria.Default with { IncludeHomeSubregions = true });
    /// statistics.Counted.ByPartnerCountry.Top(5);                    // the five leading partner countries
    /// statistics.Counted.ByHomeDivision.ToText(LanguageTag.Parse("ko"));
    /// </code>
    /// </example>
    public TieStatistics StatisticsOn(Region home, LocalDate date, CoverageCriteria? criteria = null)
    {
        Guard.Against.Null(home);
        criteria ??= CoverageCriteria.Default;
        return TieCounting.On(Ties(home, criteria.IncludeHomeSubregions), home, date, criteria);
    }

    /// <summary>
    /// What changed in a home region's ties between two dates: ties added, ended (by kind of ending) and upgraded, with
    /// the same tables as <see cref="StatisticsOn"/>. See <see cref="TieChanges"/>.
    /// </summary>
    /// <param name="home">The home region.</param>
    /// <param name="from">The earlier date.</param>
    /// <param name="to">The later date, on or after <paramref name="from"/>.</param>
    /// <param name="criteria">What counts; null for <see cref="CoverageCriteria.Default"/>.</param>
    /// <returns>The changes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="home"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    /// <example>
    /// <code>
    /// var year = register.ChangesBetween(gyeonggi, new LocalDate(2024, 12, 31), new LocalDate(2025, 12, 31));
    /// year.Added.Count;              // ties that came into force in 2025
    /// year.EndedBy.Rows;             // Expired: 1, Terminated: 1
    /// </code>
    /// </example>
    public TieChanges ChangesBetween(Region home, LocalDate from, LocalDate to, CoverageCriteria? criteria = null)
    {
        Guard.Against.Null(home);
        if (to < from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The later date {to:uuuu-MM-dd} is before the earlier date {from:uuuu-MM-dd}."));
        }

        criteria ??= CoverageCriteria.Default;
        return TieCounting.Between(Ties(home, criteria.IncludeHomeSubregions), home, from, to, criteria);
    }
}
