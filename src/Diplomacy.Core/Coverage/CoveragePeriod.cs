using NodaTime;

namespace Diplomacy.Core.Coverage;

/// <summary>A run of days on which a coverage stays the same: one piece of a <see cref="CoverageTimeline"/>.</summary>
/// <remarks>
/// <see cref="From"/> and <see cref="To"/> are both <b>inclusive</b>; the last period has no <see cref="To"/>.
/// Equality is by value (the coverage by reference). Immutable, and so safe to share between threads.
/// </remarks>
/// <param name="From">The first day of the period (inclusive).</param>
/// <param name="To">The last day of the period (inclusive), or null for the last period, which never ends.</param>
/// <param name="Coverage">The coverage on every day of the period (its <see cref="CoverageResult.Date"/> is <paramref name="From"/>).</param>
public readonly record struct CoveragePeriod(LocalDate From, LocalDate? To, CoverageResult Coverage);
