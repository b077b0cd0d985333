namespace Diplomacy.Core.Agreements.Rules;

/// <summary>The signing or proposal that created an agreement is not retracted: an agreement recorded in error is removed whole, by its holder.</summary>
internal static class AgreementSigningCannotBeRetracted
{
    public static void Check(AgreementId agreement, IAgreementEvent change)
    {
        if (change is AgreementSigned or AgreementProposed)
        {
            throw new DomainRuleException(
                DomainRule.AgreementSigningCannotBeRetracted,
                agreement.Value,
                $"Agreement {agreement}: its {AgreementEventsMustBeInOrder.Describe(change)} cannot be retracted; remove the agreement recorded in error instead.");
        }
    }
}
