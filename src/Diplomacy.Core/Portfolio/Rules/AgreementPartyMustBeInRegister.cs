using Diplomacy.Core.Agreements;
using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Portfolio.Rules;

/// <summary>A register holds an agreement only when every party's region is in the register's directory, so that its ties can be indexed by region.</summary>
internal static class AgreementPartyMustBeInRegister
{
    /// <summary>The refusal of an agreement, given at an index of its batch, that binds a region the register does not hold; or null.</summary>
    /// <param name="index">Where the agreement stands in its batch.</param>
    /// <param name="agreement">The agreement.</param>
    /// <param name="holds">Whether the register holds a region.</param>
    public static AgreementRefusal? Refusal(int index, Agreement agreement, Func<Region, bool> holds)
    {
        foreach (var party in agreement.PartyArray)
        {
            var region = party.Region;
            if (!holds(region))
            {
                return new AgreementRefusal(
                    index,
                    agreement,
                    DomainRule.AgreementPartyMustBeInRegister,
                    $"The agreement {agreement.Id} binds {region}, which is not in the register: add the region first.");
            }
        }

        return null;
    }
}
