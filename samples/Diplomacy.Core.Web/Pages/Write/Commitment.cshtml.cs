using Diplomacy.Core.Web.Reading;
using Diplomacy.Core.Web.Writing;
using Microsoft.AspNetCore.Mvc;

namespace Diplomacy.Core.Web.Pages.Write;

/// <summary>
/// Marks a commitment of a delegation kept or dropped; the delegation page's forms post here. The core's rules decide:
/// a refusal is shown here with the commitment, and nothing is stored.
/// </summary>
public sealed class CommitmentModel(RegisterQueries queries, RegisterWrites writes) : WritePageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Delegation { get; set; }

    [BindProperty]
    public CommitmentSettlement Input { get; set; } = new();

    /// <summary>The delegation the commitment was made on, or null when the register holds none of that id.</summary>
    public DelegationDetails? Details { get; private set; }

    public IActionResult OnGet(string? number)
    {
        Input = new CommitmentSettlement { Number = number, Outcome = "Done" };
        return Load();
    }

    public IActionResult OnPost()
    {
        DelegationRef? settled = null;
        if (TryWrite(() => settled = writes.Settle(Delegation ?? string.Empty, Input)))
        {
            return Redirect($"/delegations/{Uri.EscapeDataString(settled!.Id)}");
        }

        return Load();
    }

    private IActionResult Load()
    {
        Details = string.IsNullOrWhiteSpace(Delegation) ? null : queries.Delegation(Delegation, null, T);
        return Details is null && Refusal is null ? NotFound() : Page();
    }
}
