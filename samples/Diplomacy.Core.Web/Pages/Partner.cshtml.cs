using Diplomacy.Core.Web.Input;
using Diplomacy.Core.Web.Reading;
using Microsoft.AspNetCore.Mvc;

namespace Diplomacy.Core.Web.Pages;

/// <summary>A partner's dossier for a home, printable: ties, visits, commitments, gifts, contacts, sources, next dates, leads.</summary>
public sealed class PartnerModel(RegisterQueries queries) : RegisterPageModel
{
    public DossierView Dossier { get; private set; } = null!;

    public IActionResult OnGet(string id, string? home, string? date)
    {
        DossierView? dossier;
        try
        {
            // An unreadable home or date falls back to the defaults with the problem shown; a partner that is the default home has no dossier to fall back to.
            dossier = Reading(() => queries.Dossier(id, home, date, T), () => queries.Dossier(id, null, null, T));
        }
        catch (BadInputException)
        {
            return BadRequest();
        }

        if (dossier is null)
        {
            return NotFound();
        }

        Dossier = dossier;
        return Page();
    }
}
