using Ardalis.GuardClauses;
using Diplomacy.Core.Coverage;
using NodaTime;

namespace Diplomacy.Core.Portfolio;

/// <summary>How far a <see cref="PartnerDossier"/> looks ahead and back, and what counts as a tie for its leads.</summary>
/// <remarks>
/// The defaults are an office's: the next 90 days, a term's notice 12 months before its last day, the visits of the
/// last two years as recent contact, and <see cref="CoverageCriteria.Default"/>. Immutable, and so safe to share
/// between threads; change one setting with a <c>with</c> expression.
/// </remarks>
/// <example>
/// <code>
/// var nextYear = DossierOptions.Default with { Ahead = Period.FromYears(1) };
/// </code>
/// </example>
public sealed record DossierOptions
{
    /// <summary>The defaults: 90 days ahead, 12 months' notice, 2 years of recent visits, the default criteria.</summary>
    public static DossierOptions Default { get; } = new();

    /// <summary>How far ahead <see cref="PartnerDossier.NextDates"/> looks from the dossier's day (that day included). Default: 90 days.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a positive length of days, weeks, months or years.</exception>
    public Period Ahead { get => _ahead; init => _ahead = Guard.Against.DateLength(value, allowZero: false, nameof(Ahead)); }

    /// <summary>How long before a term's last day its notice falls. Default: 12 months.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The value has a negative unit or a time of day.</exception>
    public Period TermNotice { get => _termNotice; init => _termNotice = Guard.Against.DateLength(value, allowZero: true, nameof(TermNotice)); }

    /// <summary>How far back a visit counts as recent contact for <see cref="PartnerDossier.Leads"/>. Default: 2 years.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The value has a negative unit or a time of day.</exception>
    public Period RecentSpan { get => _recentSpan; init => _recentSpan = Guard.Against.DateLength(value, allowZero: true, nameof(RecentSpan)); }

    /// <summary>What counts as a tie that covers the partner; the leads are found only when it does not. Default: <see cref="CoverageCriteria.Default"/>.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public CoverageCriteria Criteria { get => _criteria; init => _criteria = Guard.Against.Null(value); }

    private readonly Period _ahead = Period.FromDays(90);
    private readonly Period _termNotice = Period.FromMonths(12);
    private readonly Period _recentSpan = Period.FromYears(2);
    private readonly CoverageCriteria _criteria = CoverageCriteria.Default;
}
