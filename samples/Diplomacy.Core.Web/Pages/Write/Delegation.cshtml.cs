using Diplomacy.Core.Delegations;
using Diplomacy.Core.Web.Hosting;
using Diplomacy.Core.Web.Reading;
using Diplomacy.Core.Web.Writing;
using Microsoft.AspNetCore.Mvc;

namespace Diplomacy.Core.Web.Pages.Write;

/// <summary>
/// Records a delegation with its stops, engagements, gifts and commitments; the core's rules decide whether it is
/// taken. The form needs no script: "add a row" posts the form back with one more blank row, and writes nothing.
/// </summary>
public sealed class DelegationModel(RegisterQueries queries, RegisterWrites writes, Observer observer) : WritePageModel
{
    [BindProperty]
    public NewDelegation Input { get; set; } = new();

    public Chooser Regions { get; private set; } = Chooser.Search;

    public void OnGet()
    {
        Input = new NewDelegation { Home = observer.DefaultHome, Direction = nameof(DelegationDirection.Outbound), HeadRole = MemberRole.Governor.Name };
        Prepare();
    }

    public IActionResult OnPost()
    {
        DelegationRef? recorded = null;
        if (TryWrite(() => recorded = writes.Record(Input)))
        {
            return Redirect($"/delegations/{Uri.EscapeDataString(recorded!.Id)}");
        }

        Prepare();
        return Page();
    }

    /// <summary>Shows the form again with one more blank row of the named list (<c>stop</c>, <c>engagement</c>, <c>gift</c>, <c>commitment</c>); nothing is written.</summary>
    public IActionResult OnPostAdd(string? row)
    {
        ModelState.Clear();
        var lists = new[] { Input.Stops.Count, Input.Engagements.Count, Input.Gifts.Count, Input.Commitments.Count };
        if (lists.Max() < NewDelegation.MaxRows)
        {
            switch (row)
            {
                case "stop": Input.Stops.Add(new StopRow()); break;
                case "engagement": Input.Engagements.Add(new EngagementRow()); break;
                case "gift": Input.Gifts.Add(new GiftRow { Quantity = "1" }); break;
                case "commitment": Input.Commitments.Add(new CommitmentRow()); break;
                default: break;
            }
        }

        Prepare();
        return Page();
    }

    /// <summary>Loads the regions to choose from, and keeps at least one row of each list on the form.</summary>
    private void Prepare()
    {
        Regions = queries.RegionChooser(T);
        if (Input.Stops.Count == 0)
        {
            Input.Stops.Add(new StopRow());
        }

        if (Input.Engagements.Count == 0)
        {
            Input.Engagements.Add(new EngagementRow());
        }

        if (Input.Gifts.Count == 0)
        {
            Input.Gifts.Add(new GiftRow { Quantity = "1" });
        }

        if (Input.Commitments.Count == 0)
        {
            Input.Commitments.Add(new CommitmentRow());
        }
    }
}
