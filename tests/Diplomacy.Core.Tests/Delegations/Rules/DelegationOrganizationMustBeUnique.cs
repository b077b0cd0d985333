using Diplomacy.Core.Delegations;
using static Diplomacy.Core.Tests.Delegations.Trips;

namespace Diplomacy.Core.Tests.Delegations.Rules;

/// <summary>An organization takes part in a delegation once: two organizations of one delegation have different names, ignoring case.</summary>
public sealed class DelegationOrganizationMustBeUnique
{
    [Fact]
    public void An_organization_takes_part_once_whatever_the_case_of_its_name()
    {
        var trip = GyeonggiToChina();
        trip.AddOrganization(new Organization("Hancom", OrganizationField.AiData));
        var before = DelegationSnapshot.Of(trip);

        var act = () => trip.AddOrganization(new Organization("HANCOM", OrganizationField.AiData));

        act.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.DelegationOrganizationMustBeUnique);
        before.ShouldBeUnchanged();
    }
}
