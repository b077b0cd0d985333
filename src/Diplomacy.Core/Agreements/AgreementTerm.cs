using Ardalis.GuardClauses;
using NodaTime;

namespace Diplomacy.Core.Agreements;

/// <summary>
/// How long an agreement runs from the day it takes effect (its entry into force, or a renewal), and whether
/// it renews itself; or the stated day it runs until ("the 2025–2026 memorandum", until 31 December 2026).
/// </summary>
/// <remarks>
/// <para>
/// A term of length <c>P</c> from an effective day <c>E</c> covers <c>E</c> through <c>E + P − 1 day</c>,
/// both inclusive: a 3-year term from 25 September 2025 covers 24 September 2028, and the agreement is
/// expired on 25 September 2028. A term counted in months or years whose final month lacks the starting day ends
/// on that month's last day, as the civil codes count periods (Korean Civil Code art. 160(3), Japanese Civil Code
/// art. 143(2), BGB §188(3), PRC Civil Code art. 203): a 3-year term from 29 February 2016 covers 28 February 2019,
/// and a month from 31 January 2025 covers 28 February 2025; weeks and days in the same length are counted on from
/// the day after. With <see cref="RenewsAutomatically"/>, the term is followed by successive
/// whole terms anchored at <c>E</c> (<c>E + 2P</c>, <c>E + 3P</c>, …), so the agreement never expires;
/// only a termination or a supersession ends it.
/// </para>
/// <para>
/// A term made by <see cref="Until"/> has a fixed end instead of a length: the stated day is its <b>last day in
/// force</b>, inclusive, as a term's last day always is: a memorandum "until 31 December 2026" is in force through
/// 31 December 2026 and expired on 1 January 2027. That end is certain even when the day the term started is known
/// only in part. A fixed end that falls before the day the term takes effect leaves the agreement expired from that
/// day. It never renews itself: a new period is recorded as a renewal.
/// </para>
/// <para>
/// A term is not checked on its own: an agreement refuses a length that is not a positive whole number of
/// days, weeks, months or years (<see cref="DomainRule.AgreementTermMustBePositive"/>), because that is a rule
/// of the register. Equality is by value (<see cref="Period"/> compares unit by unit, so 12 months is not
/// 1 year); a term of 3 years and a term until a day are never equal. Immutable, and so safe to share between threads.
/// </para>
/// </remarks>
public sealed record AgreementTerm
{
    /// <summary>Creates a term.</summary>
    /// <param name="length">How long each term runs, for example <c>Period.FromYears(3)</c>.</param>
    /// <param name="renewsAutomatically">Whether the agreement renews itself at the end of each term.</param>
    /// <exception cref="ArgumentNullException"><paramref name="length"/> is null.</exception>
    public AgreementTerm(Period length, bool renewsAutomatically = false)
    {
        Length = Guard.Against.Null(length);
        RenewsAutomatically = renewsAutomatically;
    }

    private AgreementTerm(LocalDate lastDay) => LastDay = lastDay;

    /// <summary>How long each term runs, or null for a term with a fixed <see cref="LastDay"/>.</summary>
    public Period? Length { get; }

    /// <summary>The stated last day in force (inclusive) of a term with a fixed end, or null for a term with a <see cref="Length"/>.</summary>
    public LocalDate? LastDay { get; }

    /// <summary>Whether the agreement renews itself at the end of each term, by a whole term each time; never for a fixed end.</summary>
    public bool RenewsAutomatically { get; }

    /// <summary>A fixed term that does not renew itself.</summary>
    /// <param name="years">The number of years.</param>
    /// <returns>The term.</returns>
    public static AgreementTerm OfYears(int years) => new(Period.FromYears(years));

    /// <summary>A term with a fixed end: in force through <paramref name="lastDay"/>, expired from the day after.</summary>
    /// <param name="lastDay">The last day in force, as the agreement states it (in the ISO calendar).</param>
    /// <returns>The term.</returns>
    /// <exception cref="ArgumentException"><paramref name="lastDay"/> is not in the ISO calendar.</exception>
    /// <example>
    /// <code>
    /// var memorandum = Agreement.Sign(
    ///     new AgreementId("GG-SH-2025-2026"), AgreementKind.CooperationMemorandum, [gyeonggi, shanghai],
    ///     PartialDate.InMonth(2025, 3), new SigningDetails { Term = AgreementTerm.Until(new LocalDate(2026, 12, 31)) });
    /// memorandum.StatusOn(new LocalDate(2026, 12, 31)); // InForce: the stated day is the last day in force
    /// memorandum.StatusOn(new LocalDate(2027, 1, 1));   // Expired, though the signing day is known only to the month
    /// </code>
    /// </example>
    public static AgreementTerm Until(LocalDate lastDay) => lastDay.Calendar == CalendarSystem.Iso
        ? new(lastDay)
        : throw new ArgumentException($"The last day {lastDay} is not in the ISO calendar.", nameof(lastDay));

    /// <summary>Whether the term has a fixed end, or a length that is a positive whole number of days, weeks, months or years.</summary>
    internal bool IsPositive =>
        Length is not { } length
        || (!length.HasTimeComponent
            && length is { Years: >= 0, Months: >= 0, Weeks: >= 0, Days: >= 0 }
            && !length.Equals(Period.Zero));
}
