using Diplomacy.Core.Web.Reading;

namespace Diplomacy.Core.Web.Pages;

/// <summary>The leads for a coverage gap: for each member a home's ties do not surely cover, what the register holds to build on.</summary>
public sealed class LeadsModel(RegisterQueries queries) : RegisterPageModel
{
    public LeadsReport Report { get; private set; } = null!;

    public Chooser Regions { get; private set; } = Chooser.Search;

    public void OnGet(string? home, string? cohort, string? date)
    {
        Report = Reading(() => queries.Leads(home, cohort, date, T), () => queries.Leads(null, null, null, T));
        Regions = queries.RegionChooser(T);
    }
}
