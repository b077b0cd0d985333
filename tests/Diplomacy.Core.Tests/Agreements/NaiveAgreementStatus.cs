using Diplomacy.Core.Agreements;

namespace Diplomacy.Core.Tests.Agreements;

/// <summary>
/// The status rules written as the obvious replay of a history whose dates are all exact: the reference the
/// precomputed timeline must agree with.
/// </summary>
internal static class NaiveAgreementStatus
{
    public static (AgreementStatus Status, AgreementKind Kind) On(IReadOnlyList<IAgreementEvent> history, LocalDate date)
    {
        var status = AgreementStatus.None;
        var kind = history[0] is AgreementSigned first ? first.Kind : ((AgreementProposed)history[0]).Kind;
        AgreementTerm? term = null;
        LocalDate? start = null;
        foreach (var change in history)
        {
            var day = change.OccurredOn.Exact!.Value;
            if (day > date)
            {
                break;
            }

            switch (change)
            {
                case AgreementSigned signed:
                    status = signed.EntersIntoForceOnSigning ? AgreementStatus.InForce : AgreementStatus.NotYetInForce;
                    kind = signed.Kind;
                    term = signed.Term;
                    start = signed.EntersIntoForceOnSigning ? day : null;
                    break;
                case AgreementEnteredIntoForce:
                    status = AgreementStatus.InForce;
                    start = day;
                    break;
                case AgreementSuspended: status = AgreementStatus.Suspended; break;
                case AgreementResumed: status = AgreementStatus.InForce; break;
                case AgreementRenewed renewed:
                    term = renewed.Term;
                    start = day;
                    break;
                case AgreementUpgraded upgraded: kind = upgraded.To; break;
                case AgreementTerminated: status = AgreementStatus.Terminated; break;
                case AgreementSuperseded: status = AgreementStatus.Superseded; break;
                default: status = AgreementStatus.Proposed; break;
            }
        }

        var running = status is AgreementStatus.InForce or AgreementStatus.Suspended;
        if (running && term is { RenewsAutomatically: false } && start is { } from && date >= (term.LastDay?.PlusDays(1) ?? ExpiryOf(from, term.Length!)))
        {
            status = AgreementStatus.Expired;
        }

        return (status, kind);
    }

    /// <summary>
    /// The first day after a term, by the civil codes' rule written out by hand: the months land on the starting day
    /// of the final month, or past that month's last day when the month lacks it; weeks and days are counted on.
    /// </summary>
    public static LocalDate ExpiryOf(LocalDate start, Period length)
    {
        var monthIndex = (start.Year * 12L) + start.Month - 1 + (length.Years * 12L) + length.Months;
        var (year, month) = ((int)(monthIndex / 12), (int)(monthIndex % 12) + 1);
        var daysInMonth = CalendarSystem.Iso.GetDaysInMonth(year, month);
        var end = start.Day <= daysInMonth ? new LocalDate(year, month, start.Day) : new LocalDate(year, month, daysInMonth).PlusDays(1);
        return end.PlusDays((7 * length.Weeks) + length.Days);
    }
}
