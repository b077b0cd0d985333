using System.ComponentModel.DataAnnotations;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Web.Input;

namespace Diplomacy.Core.Web.Writing;

/// <summary>
/// A commitment marked kept or dropped, as the delegation page's form sends it: the core's
/// <see cref="Delegation.CompleteCommitment"/> or <see cref="Delegation.DropCommitment"/>, which check every rule.
/// </summary>
public sealed record CommitmentSettlement
{
    /// <summary>The commitment's number on its delegation.</summary>
    [StringLength(Limits.KeyLength)]
    public string? Number { get; set; }

    /// <summary><c>Done</c> (kept) or <c>Dropped</c>.</summary>
    [StringLength(Limits.KeyLength)]
    public string? Outcome { get; set; }

    /// <summary>The day it was kept or given up (<c>yyyy-MM-dd</c>).</summary>
    [StringLength(Limits.KeyLength)]
    public string? On { get; set; }

    /// <summary>Why it was given up: required for a dropped commitment, not taken for a kept one.</summary>
    [StringLength(Limits.ReasonLength)]
    public string? Reason { get; set; }

    /// <summary>Settles the commitment on the delegation.</summary>
    /// <exception cref="BadInputException">A value cannot be read.</exception>
    /// <exception cref="DomainRuleException">The core refuses: the commitment is already settled, or the day is before the trip.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The delegation has no commitment of that number.</exception>
    public Commitment ApplyTo(Delegation delegation)
    {
        var number = Inputs.PositiveNumber(Limits.Line(Number, Limits.KeyLength, "number"), "number");
        var reason = Limits.Text(Reason, Limits.ReasonLength, "reason");
        var outcome = Inputs.Enum<CommitmentStatus>(Limits.Line(Outcome, Limits.KeyLength, "outcome"), "outcome");
        var on = Inputs.DateOr(Limits.Line(On, Limits.KeyLength, "on") ?? throw new BadInputException("on", "The day is required (yyyy-MM-dd)."), default, "on");
        return outcome switch
        {
            CommitmentStatus.Done => delegation.CompleteCommitment(number, on),
            CommitmentStatus.Dropped => delegation.DropCommitment(number, on, reason ?? throw new BadInputException("reason", "A dropped commitment needs the reason it was given up.")),
            _ => throw new BadInputException("outcome", "A commitment is marked Done (kept) or Dropped."),
        };
    }
}
