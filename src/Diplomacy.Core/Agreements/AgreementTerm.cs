using Ardalis.GuardClauses;
using NodaTime;

namespace Diplomacy.Core.Agreements;

/// <summary>
/// How long an agreement runs from the day it takes effect (its entry into force, or a renewal), and whether
/// it renews itself.
/// </summary>
/// <remarks>
/// <para>
/// A term of length <c>P</c> from an effective day <c>E</c> covers <c>E</c> through <c>E + P − 1 day</c>,
/// both inclusive: a 3-year term from 25 September 2025 covers 24 September 2028, and the agreement is
/// expired on 25 September 2028. With <see cref="RenewsAutomatically"/>, the term is followed by successive
/// whole terms anchored at <c>E</c> (<c>E + 2P</c>, <c>E + 3P</c>, …), so the agreement never expires;
/// only a termination or a supersession ends it.
/// </para>
/// <para>
/// A term is not checked on its own: an agreement refuses one that is not a positive whole number of
/// days, weeks, months or years (<see cref="DomainRule.AgreementTermMustBePositive"/>), because that is a rule
/// of the register. Equality is by value (<see cref="Period"/> compares unit by unit, so 12 months is not
/// 1 year). Immutable, and so safe to share between threads.
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

    /// <summary>How long each term runs.</summary>
    public Period Length { get; }

    /// <summary>Whether the agreement renews itself at the end of each term, by a whole term each time.</summary>
    public bool RenewsAutomatically { get; }

    /// <summary>A fixed term that does not renew itself.</summary>
    /// <param name="years">The number of years.</param>
    /// <returns>The term.</returns>
    public static AgreementTerm OfYears(int years) => new(Period.FromYears(years));

    /// <summary>Whether the length is a positive whole number of days, weeks, months or years.</summary>
    internal bool IsPositive =>
        !Length.HasTimeComponent
        && Length is { Years: >= 0, Months: >= 0, Weeks: >= 0, Days: >= 0 }
        && !Length.Equals(Period.Zero);
}
