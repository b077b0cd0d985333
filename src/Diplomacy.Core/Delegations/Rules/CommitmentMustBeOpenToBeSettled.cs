using System.Globalization;

namespace Diplomacy.Core.Delegations.Rules;

/// <summary>Only an open commitment can be done or dropped: a commitment already done or dropped stays as it was settled.</summary>
internal static class CommitmentMustBeOpenToBeSettled
{
    public static void Check(Commitment commitment)
    {
        if (commitment.Status != CommitmentStatus.Open)
        {
            throw new DomainRuleException(
                DomainRule.CommitmentMustBeOpenToBeSettled,
                commitment.SubjectId,
                string.Create(CultureInfo.InvariantCulture, $"The commitment {commitment.SubjectId} ('{commitment.What}') was already {commitment.Status.ToString().ToLowerInvariant()} on {commitment.SettledOn:uuuu-MM-dd}."));
        }
    }
}
