namespace Diplomacy.Core.Agreements.Rules;

/// <summary>An agreement is superseded by another agreement, never by itself.</summary>
internal static class AgreementCannotSupersedeItself
{
    public static void Check(AgreementId agreement, AgreementId supersededBy)
    {
        if (agreement == supersededBy)
        {
            throw new DomainRuleException(
                DomainRule.AgreementCannotSupersedeItself,
                agreement.Value,
                $"Agreement {agreement} cannot be superseded by itself.");
        }
    }
}
