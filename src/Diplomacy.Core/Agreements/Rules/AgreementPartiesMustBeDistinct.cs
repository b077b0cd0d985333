namespace Diplomacy.Core.Agreements.Rules;

/// <summary>The same region cannot be a party to one agreement twice, whatever agency signed for it.</summary>
internal static class AgreementPartiesMustBeDistinct
{
    public static void Check(AgreementId agreement, IEnumerable<Party> parties)
    {
        var twice = parties.GroupBy(party => party.Region).FirstOrDefault(group => group.Skip(1).Any());
        if (twice is not null)
        {
            throw new DomainRuleException(
                DomainRule.AgreementPartiesMustBeDistinct,
                agreement.Value,
                $"Agreement {agreement} names {twice.Key} as a party more than once; its parties must be distinct regions.");
        }
    }
}
