using Diplomacy.Core.Web.Map;
using Diplomacy.Core.Web.Reading;

namespace Diplomacy.Core.Web.Pages;

/// <summary>A home region's partners on a date on a world map, with the counts by country and a cohort's members by coverage.</summary>
public sealed class MapModel(RegisterQueries queries) : RegisterPageModel
{
    public TieMap Map { get; private set; } = null!;

    public Chooser Regions { get; private set; } = Chooser.Search;

    /// <summary>The map, as SVG markup this host wrote (every text in it encoded).</summary>
    public string Svg { get; private set; } = string.Empty;

    public void OnGet(string? home, string? date, string? cohort)
    {
        Map = Reading(() => queries.MapOf(home, date, cohort, T), () => queries.MapOf(null, null, null, T));
        Regions = queries.RegionChooser(T);
        Svg = TieMapSvg.Svg(Map, T);
    }
}
