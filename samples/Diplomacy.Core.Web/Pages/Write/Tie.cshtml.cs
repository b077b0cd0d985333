using Diplomacy.Core.Agreements;
using Diplomacy.Core.Web.Hosting;
using Diplomacy.Core.Web.Reading;
using Diplomacy.Core.Web.Writing;
using Microsoft.AspNetCore.Mvc;

namespace Diplomacy.Core.Web.Pages.Write;

/// <summary>Records a signed (or proposed) tie between regions of the register, or checks it before signing; the core's rules decide whether it is taken.</summary>
public sealed class TieModel(RegisterQueries queries, RegisterWrites writes, Observer observer) : WritePageModel
{
    [BindProperty]
    public NewTie Input { get; set; } = new();

    public Chooser Regions { get; private set; } = Chooser.Search;

    public IReadOnlyList<CooperationField> Fields => CooperationField.WellKnown;

    public void OnGet()
    {
        Input = new NewTie { Parties = [observer.DefaultHome], Kind = nameof(AgreementKind.CooperationMemorandum) };
        LoadChoices();
    }

    public IActionResult OnPost()
    {
        TieRef? recorded = null;
        if (TryWrite(() => recorded = writes.Record(Input)))
        {
            return Redirect($"/ties/{Uri.EscapeDataString(recorded!.Id)}");
        }

        LoadChoices();
        return Page();
    }

    /// <summary>The checks before signing the tie as entered, after <see cref="OnPostCheck"/>; null before.</summary>
    public IReadOnlyList<SigningCheckView>? Checks { get; private set; }

    /// <summary>Checks the tie as entered without recording it.</summary>
    public IActionResult OnPostCheck()
    {
        TryWrite(() => Checks = queries.ChecksBeforeSigning(Input, T));
        LoadChoices();
        return Page();
    }

    private void LoadChoices() => Regions = queries.RegionChooser(T);
}
