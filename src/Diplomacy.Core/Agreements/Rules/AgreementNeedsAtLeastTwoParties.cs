namespace Diplomacy.Core.Agreements.Rules;

/// <summary>An agreement binds at least two parties.</summary>
internal static class AgreementNeedsAtLeastTwoParties
{
    public static void Check(AgreementId agreement, IReadOnlyCollection<Party> parties)
    {
        if (parties.Count < 2)
        {
            throw new DomainRuleException(
                DomainRule.AgreementNeedsAtLeastTwoParties,
                agreement.Value,
                $"Agreement {agreement} names {parties.Count} part{(parties.Count == 1 ? "y" : "ies")}; an agreement binds at least two.");
        }
    }
}
