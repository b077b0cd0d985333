using Diplomacy.Core.Web.Reading;
using Microsoft.AspNetCore.Mvc;

namespace Diplomacy.Core.Web.Pages;

/// <summary>One delegation: itinerary in each stop's local time, engagements, commitments with their status, overdue ones marked.</summary>
public sealed class DelegationModel(RegisterQueries queries) : RegisterPageModel
{
    public DelegationDetails Delegation { get; private set; } = null!;

    public IActionResult OnGet(string id, string? date)
    {
        var details = Reading(() => queries.Delegation(id, date, T), () => queries.Delegation(id, null, T));
        if (details is null)
        {
            return NotFound();
        }

        Delegation = details;
        return Page();
    }
}
