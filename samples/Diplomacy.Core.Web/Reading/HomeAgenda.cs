using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Web.Language;
using NodaTime;

namespace Diplomacy.Core.Web.Reading;

/// <summary>
/// What comes up for a home region in the next <see cref="Days"/> days from a date, as the home page shows it: the
/// core's agenda (anniversaries, every fifth marked; term-end notices and term ends; commitments due) and the
/// commitments of the home's delegations already overdue on the date.
/// </summary>
public sealed record HomeAgenda
{
    /// <summary>How many days the home page looks ahead, the date itself included.</summary>
    public const int Days = 90;

    /// <summary>The first day of the window: the date asked about.</summary>
    public required LocalDate From { get; init; }

    /// <summary>The last day of the window, inclusive.</summary>
    public required LocalDate To { get; init; }

    /// <summary>The entries by first day; a date known in part is the span of days it may fall on.</summary>
    public required IReadOnlyList<AgendaView> Entries { get; init; }

    /// <summary>The commitments of the home's delegations (or those of places inside it) still open and certainly due before <see cref="From"/>.</summary>
    public required IReadOnlyList<DossierCommitmentView> Overdue { get; init; }

    /// <remarks>
    /// Delegations' own days are left out: the home page lists the delegations already, and the routine is about dates an
    /// office must act on. Overdue commitments are those of delegations of the home or of places inside it, as the
    /// agenda counts delegations.
    /// </remarks>
    public static HomeAgenda Of(Register register, Region home, LocalDate date, Texts texts)
    {
        // Near the calendar's last day the window stops there instead of overflowing it.
        var window = new DateInterval(date, Charts.CoverageChart.Shift(date, Days - 1));
        return new HomeAgenda
        {
            From = window.Start,
            To = window.End,
            Entries = [.. register.AgendaOf(home, window)
                .Where(entry => entry.Kind != AgendaEntryKind.Delegation)
                .Select(entry => AgendaView.Of(entry, texts))],
            Overdue = [.. register.CommitmentsOverdueOn(date)
                .Where(commitment => register.Delegations.Find(commitment.Delegation) is { } delegation && delegation.Home.IsWithin(home))
                .Select(commitment => new DossierCommitmentView(commitment.Delegation.Value, CommitmentView.Of(commitment, date, texts)))],
        };
    }
}
