using Diplomacy.Core.Delegations;

namespace Diplomacy.Core.Web.Reading;

/// <summary>An organization that travels with a delegation or hosts a visit, with its field when known.</summary>
public sealed record OrganizationView(string Name, string? Field)
{
    public static OrganizationView Of(Organization organization) => new(organization.Name, organization.Field?.Name);
}
