using Diplomacy.Core.Web.Reading;
using Microsoft.AspNetCore.Mvc;

namespace Diplomacy.Core.Web.Pages;

/// <summary>One tie: parties, kind, status today and on a chosen date, history, sources, signatories, fields, anniversary, term end.</summary>
public sealed class TieModel(RegisterQueries queries) : RegisterPageModel
{
    public TieDetails Tie { get; private set; } = null!;

    public IActionResult OnGet(string id, string? date)
    {
        var details = Reading(() => queries.Tie(id, date, T), () => queries.Tie(id, null, T));
        if (details is null)
        {
            return NotFound();
        }

        Tie = details;
        return Page();
    }
}
