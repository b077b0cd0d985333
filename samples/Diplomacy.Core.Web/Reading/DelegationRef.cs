using Diplomacy.Core.Delegations;
using NodaTime;

namespace Diplomacy.Core.Web.Reading;

/// <summary>A link to a delegation: its id, purpose and days, in local time where it starts and ends.</summary>
public sealed record DelegationRef(string Id, string Purpose, LocalDate Starts, LocalDate Ends)
{
    public static DelegationRef Of(Delegation delegation) =>
        new(delegation.Id.Value, delegation.Purpose, delegation.Start.Date, delegation.End.Date);
}
