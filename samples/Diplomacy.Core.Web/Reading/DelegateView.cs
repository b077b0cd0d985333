using Diplomacy.Core.Delegations;

namespace Diplomacy.Core.Web.Reading;

/// <summary>A member of a delegation: name, title and role.</summary>
public sealed record DelegateView(string Name, string Title, string Role)
{
    public static DelegateView Of(DelegationMember member) => new(member.Name, member.Title, member.Role.Name);
}
