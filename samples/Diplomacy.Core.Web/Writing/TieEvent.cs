using System.ComponentModel.DataAnnotations;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Web.Input;

namespace Diplomacy.Core.Web.Writing;

/// <summary>An event to record on a tie, as the form and the API send it; each kind is one of the core's agreement commands.</summary>
public sealed record TieEvent
{
    /// <summary>What happened: <c>Approve</c>, <c>Sign</c> (a proposed tie), <c>Suspend</c>, <c>Resume</c>, <c>Renew</c>, <c>Upgrade</c>, <c>Terminate</c>, or <c>Retract</c> to correct an event recorded in error.</summary>
    [StringLength(Limits.KeyLength)]
    public string? Event { get; init; }

    /// <summary>The day as written (<c>2020-02</c>, <c>2025-09-23</c>); a retraction has none.</summary>
    [StringLength(Limits.KeyLength)]
    public string? On { get; init; }

    /// <summary>For a suspension: <c>Pandemic</c>, <c>Political</c> or <c>Other</c>.</summary>
    [StringLength(Limits.KeyLength)]
    public string? SuspensionReason { get; init; }

    /// <summary>For a suspension, a note; for a termination or a retraction, the reason (required).</summary>
    [StringLength(Limits.ReasonLength)]
    public string? Reason { get; init; }

    /// <summary>For a renewal: the new term in years.</summary>
    [StringLength(Limits.KeyLength)]
    public string? TermYears { get; init; }

    /// <summary>For an upgrade: the deeper kind.</summary>
    [StringLength(Limits.KeyLength)]
    public string? To { get; init; }

    /// <summary>For a termination: the key of the party that ends it.</summary>
    [StringLength(Limits.KeyLength)]
    public string? By { get; init; }

    /// <summary>For an approval: the approving body ("경기도의회").</summary>
    [StringLength(Limits.ReasonLength)]
    public string? Body { get; init; }

    /// <summary>For an approval: the resolution or reference number, when known.</summary>
    [StringLength(Limits.KeyLength)]
    public string? Resolution { get; init; }

    /// <summary>For a retraction: the event's number in the tie's history, from 1, as the tie's page shows it.</summary>
    [StringLength(Limits.KeyLength)]
    public string? Number { get; init; }

    /// <summary>Records the event on the tie.</summary>
    /// <exception cref="BadInputException">A value cannot be read.</exception>
    /// <exception cref="DomainRuleException">The core refuses the event; the tie is unchanged.</exception>
    public void RecordOn(Agreement tie, Register register)
    {
        CheckLimits();
        switch (Inputs.Enum<TieEventKind>(Event, "event"))
        {
            case TieEventKind.Approve:
                tie.Approve(
                    Day(),
                    string.IsNullOrWhiteSpace(Body) ? throw new BadInputException("body", "An approval needs the approving body.") : Body.Trim(),
                    string.IsNullOrWhiteSpace(Resolution) ? null : Resolution.Trim());
                break;
            case TieEventKind.Sign:
                tie.Sign(Day(), SigningDetails.None);
                break;
            case TieEventKind.Suspend:
                tie.Suspend(
                    Day(),
                    Inputs.EnumOrNull<SuspensionReason>(SuspensionReason, "suspensionReason") ?? Agreements.SuspensionReason.Other,
                    string.IsNullOrWhiteSpace(Reason) ? null : Reason.Trim());
                break;
            case TieEventKind.Resume:
                tie.Resume(Day());
                break;
            case TieEventKind.Renew:
                tie.Renew(Day(), AgreementTerm.OfYears(TermInYears()));
                break;
            case TieEventKind.Upgrade:
                tie.Upgrade(Day(), Inputs.Enum<AgreementKind>(To, "to"));
                break;
            case TieEventKind.Terminate:
                tie.Terminate(Day(), Inputs.Region(register, By, "by"), RequiredReason("A termination needs a reason."));
                break;
            case TieEventKind.Retract:
                tie.Retract(EventNumbered(tie), RequiredReason("A retraction needs a reason."));
                break;
            default:
                throw new BadInputException("event", $"'{Event}' is not an event this host records.");
        }
    }

    /// <summary>Every limit, checked before the first command, so that an event over one changes nothing.</summary>
    private void CheckLimits()
    {
        foreach (var (value, field) in new[] { (Event, "event"), (On, "on"), (SuspensionReason, "suspensionReason"), (TermYears, "termYears"), (To, "to"), (By, "by"), (Number, "number"), (Resolution, "resolution") })
        {
            Limits.Line(value, Limits.KeyLength, field);
        }

        Limits.Text(Reason, Limits.ReasonLength, "reason");
        Limits.Line(Body, Limits.ReasonLength, "body");
    }

    private int TermInYears()
    {
        var years = Inputs.PositiveNumber(TermYears, "termYears");
        return years <= Limits.MaxTermYears
            ? years
            : throw new BadInputException("termYears", $"A term of {years} years is longer than the {Limits.MaxTermYears} years the register takes.");
    }

    private PartialDate Day() => Inputs.PartialDate(On, "on");

    private string RequiredReason(string refusal) =>
        string.IsNullOrWhiteSpace(Reason) ? throw new BadInputException("reason", refusal) : Reason.Trim();

    private IAgreementEvent EventNumbered(Agreement tie)
    {
        var number = Inputs.PositiveNumber(Number, "number");
        return number <= tie.History.Count
            ? tie.History[number - 1]
            : throw new BadInputException("number", $"Tie {tie.Id} has {tie.History.Count} events in its history; there is no event #{number}.");
    }
}
