using Diplomacy.Core.Web.Reading;
using Diplomacy.Core.Web.Writing;
using Microsoft.AspNetCore.Mvc;

namespace Diplomacy.Core.Web.Pages.Write;

/// <summary>Records an event on a tie (suspend, resume, renew, upgrade, terminate) or takes back one recorded in error; the core's rules decide whether it is taken.</summary>
public sealed class EventModel(RegisterQueries queries, RegisterWrites writes) : WritePageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Id { get; set; }

    [BindProperty]
    public TieEvent Input { get; set; } = new();

    public Chooser Ties { get; private set; } = Chooser.Search;

    public Chooser Regions { get; private set; } = Chooser.Search;

    public void OnGet() => LoadChoices();

    public IActionResult OnPost()
    {
        if (TryWrite(() => writes.Record(Id ?? string.Empty, Input)))
        {
            return Redirect($"/ties/{Uri.EscapeDataString(Id!)}");
        }

        LoadChoices();
        return Page();
    }

    private void LoadChoices() => (Ties, Regions) = (queries.TieChooser(), queries.RegionChooser(T));
}
