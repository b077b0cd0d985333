using Diplomacy.Core.Agreements;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Web.Input;

namespace Diplomacy.Core.Web.Writing;

/// <summary>An event to record on a tie, as the form and the API send it; each kind is one of the core's agreement commands.</summary>
public sealed record TieEvent
{
    /// <summary>What happened: <c>Suspend</c>, <c>Resume</c>, <c>Renew</c>, <c>Upgrade</c> or <c>Terminate</c>.</summary>
    public string? Event { get; init; }

    /// <summary>The day as written (<c>2020-02</c>, <c>2025-09-23</c>).</summary>
    public string? On { get; init; }

    /// <summary>For a suspension: <c>Pandemic</c>, <c>Political</c> or <c>Other</c>.</summary>
    public string? SuspensionReason { get; init; }

    /// <summary>For a suspension, a note; for a termination, the reason (required).</summary>
    public string? Reason { get; init; }

    /// <summary>For a renewal: the new term in years.</summary>
    public string? TermYears { get; init; }

    /// <summary>For an upgrade: the deeper kind.</summary>
    public string? To { get; init; }

    /// <summary>For a termination: the key of the party that ends it.</summary>
    public string? By { get; init; }

    /// <summary>Records the event on the tie.</summary>
    /// <exception cref="BadInputException">A value cannot be read.</exception>
    /// <exception cref="DomainRuleException">The core refuses the event; the tie is unchanged.</exception>
    public void RecordOn(Agreement tie, Register register)
    {
        var kind = Inputs.Enum<TieEventKind>(Event, "event");
        var on = Inputs.PartialDate(On, "on");
        switch (kind)
        {
            case TieEventKind.Suspend:
                tie.Suspend(
                    on,
                    Inputs.EnumOrNull<SuspensionReason>(SuspensionReason, "suspensionReason") ?? Agreements.SuspensionReason.Other,
                    string.IsNullOrWhiteSpace(Reason) ? null : Reason.Trim());
                break;
            case TieEventKind.Resume:
                tie.Resume(on);
                break;
            case TieEventKind.Renew:
                tie.Renew(on, AgreementTerm.OfYears(Inputs.PositiveNumber(TermYears, "termYears")));
                break;
            case TieEventKind.Upgrade:
                tie.Upgrade(on, Inputs.Enum<AgreementKind>(To, "to"));
                break;
            case TieEventKind.Terminate:
                tie.Terminate(on, Inputs.Region(register, By, "by"), string.IsNullOrWhiteSpace(Reason)
                    ? throw new BadInputException("reason", "A termination needs a reason.")
                    : Reason.Trim());
                break;
            default:
                throw new BadInputException("event", $"'{Event}' is not an event this host records.");
        }
    }
}
