namespace Diplomacy.Core.Agreements.Rules;

/// <summary>A withdrawal leaves at least two parties bound; a tie that one of its last two parties leaves ends, by termination.</summary>
internal static class WithdrawalMustLeaveTwoBoundParties
{
    public static void Check(AgreementId agreement, int boundBefore)
    {
        if (boundBefore <= 2)
        {
            throw new DomainRuleException(
                DomainRule.WithdrawalMustLeaveTwoBoundParties,
                agreement.Value,
                $"Agreement {agreement} binds only two parties: one of them leaving ends it; record a termination by that party instead.");
        }
    }
}
