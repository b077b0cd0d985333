namespace Diplomacy.Core.Agreements.Rules;

/// <summary>A term is a positive whole number of days, weeks, months or years.</summary>
internal static class AgreementTermMustBePositive
{
    public static void Check(AgreementId agreement, AgreementTerm? term)
    {
        if (term is { IsPositive: false })
        {
            throw new DomainRuleException(
                DomainRule.AgreementTermMustBePositive,
                agreement.Value,
                $"Agreement {agreement} cannot run for {term.Length}: a term is a positive whole number of days, weeks, months or years.");
        }
    }
}
