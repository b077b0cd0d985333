using System.Globalization;
using NodaTime;

namespace Diplomacy.Core.Delegations.Rules;

/// <summary>A commitment made on a visit cannot be done or dropped on a day before the trip began (its start's date in the home region).</summary>
internal static class CommitmentCannotBeSettledBeforeTheTrip
{
    public static void Check(Commitment commitment, LocalDate tripBegan, LocalDate on)
    {
        if (on < tripBegan)
        {
            throw new DomainRuleException(
                DomainRule.CommitmentCannotBeSettledBeforeTheTrip,
                commitment.SubjectId,
                string.Create(CultureInfo.InvariantCulture, $"The commitment {commitment.SubjectId} was made on a trip that began on {tripBegan:uuuu-MM-dd}, so it cannot be settled on {on:uuuu-MM-dd}."));
        }
    }
}
