using Diplomacy.Core.Web.Reading;

namespace Diplomacy.Core.Web.Pages;

/// <summary>A home region's ties with their status on a chosen date, filtered by the partner's country, the kind and a field.</summary>
public sealed class IndexModel(RegisterQueries queries) : RegisterPageModel
{
    public TieListing Listing { get; private set; } = null!;

    public Chooser Regions { get; private set; } = Chooser.Search;

    /// <summary>What comes up in the next 90 days for the listed home, from the listed date.</summary>
    public HomeAgenda Agenda { get; private set; } = null!;

    public string? Country { get; private set; }

    public string? Kind { get; private set; }

    public string? Field { get; private set; }

    public void OnGet(string? home, string? date, string? country, string? kind, string? field)
    {
        (Country, Kind, Field) = (country, kind, field);
        Listing = Reading(
            () => queries.Ties(home, date, TieFilter.Parse(country, kind, field), T),
            () => queries.Ties(null, null, new TieFilter(), T));
        Regions = queries.RegionChooser(T);
        Agenda = queries.Agenda(Listing.Home.Id, Listing.Date.ToString("uuuu-MM-dd", null), T);
    }
}
