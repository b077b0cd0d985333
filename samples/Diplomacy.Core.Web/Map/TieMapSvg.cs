using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Diplomacy.Core.Coverage;
using Diplomacy.Core.Web.Language;

namespace Diplomacy.Core.Web.Map;

/// <summary>
/// Draws a <see cref="TieMap"/> as SVG written on the server, for pages without script: the countries' outlines, an
/// arc from the home to each partner, a dot for each partner, a ring for each cohort member in its outcome's colour.
/// </summary>
/// <remarks>
/// <para>
/// The view fits what is drawn (the home, the partners, the members) with a margin, at least 40 by 20 degrees and never
/// beyond the world, in the map's 2:1 shape: Gyeonggi's ties with China's municipalities fill the map rather than a
/// corner of it. Markers and labels are sized to the view, lines keep their width at any scale.
/// </para>
/// <para>
/// Every element a test or a script may look for has an id derived from region keys (<c>partner-KR-41-CN-SH</c>,
/// <c>arc-KR-41-CN-SH</c>, <c>member-CN-BJ</c>, <c>home-KR-41</c>, <c>country-CN</c>), characters other than letters,
/// digits, <c>-</c> and <c>_</c> replaced by <c>-</c> (<c>geonames:1835553</c> is <c>geonames-1835553</c>). Colours are
/// presentation attributes: no inline style, so the page needs no <c>unsafe-inline</c> in its content security policy.
/// </para>
/// </remarks>
internal static partial class TieMapSvg
{
    private const double MinimumWidth = 40;
    private const string Land = "#e4e7ea";
    private const string PartnerLand = "#cfe3dc";
    private const string Border = "#9aa3ab";
    private const string Tie = "#0b6e69";
    private const string Home = "#1f3b5c";

    public static string Svg(TieMap map, Texts texts)
    {
        var (left, top, width, height) = ViewOf(map);
        var radius = width * 0.008;
        var partnerCountries = map.Partners.Select(partner => partner.Country?.Id).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg id=\"tie-map\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"{left:0.##} {top:0.##} {width:0.##} {height:0.##}\" role=\"img\" aria-labelledby=\"tie-map-title tie-map-desc\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"tie-map-title\">{Encode(texts.MapTitleOf(map.Home.Region.Name, map.Date.ToString("uuuu-MM-dd", null)))}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"tie-map-desc\">{Encode(texts.MapDescription(map.Partners.Count, map.ByCountry.Count, map.CohortLabel, map.CoverageText))}</desc>");

        svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"sea\" x=\"{left:0.##}\" y=\"{top:0.##}\" width=\"{width:0.##}\" height=\"{height:0.##}\" fill=\"#f4f8fb\"/>");
        svg.Append("<g class=\"outlines\">");
        foreach (var outline in WorldOutlines.Instance.All)
        {
            var isPartners = outline.CountryCode is { } code && partnerCountries.Contains(code);
            var id = outline.CountryCode is { } country ? $" id=\"country-{IdOf(country)}\"" : string.Empty;
            svg.Append(CultureInfo.InvariantCulture, $"<path{id} class=\"{(isPartners ? "land partner-country" : "land")}\" d=\"{outline.Path}\" fill=\"{(isPartners ? PartnerLand : Land)}\" stroke=\"{Border}\" stroke-width=\"0.6\" vector-effect=\"non-scaling-stroke\"/>");
        }

        svg.Append("</g>");

        var home = map.Home;
        var homeId = IdOf(home.Region.Id);
        svg.Append("<g class=\"arcs\">");
        foreach (var partner in map.Partners)
        {
            if (home.Point is { } from && partner.Point is { } to && from != to)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<path id=\"arc-{homeId}-{IdOf(partner.Region.Id)}\" class=\"arc\" d=\"{ArcPath(from, to)}\" fill=\"none\" stroke=\"{Tie}\" stroke-width=\"1.5\" stroke-opacity=\"0.7\" vector-effect=\"non-scaling-stroke\"/>");
            }
        }

        svg.Append("</g><g class=\"members\">");
        var partnerIds = map.Partners.Select(partner => partner.Region.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var member in map.Members)
        {
            if (member.Marker.Point is { } at)
            {
                // A member that is no partner has no dot of its own, so its ring carries its name, on its left: a
                // partner's name stands on the right of its dot, and neighbours (Beijing, Tianjin) would overlap.
                if (!partnerIds.Contains(member.Marker.Region.Id))
                {
                    Label(svg, at, radius, member.Marker.Region.Name, -radius * 3.2);
                }

                svg.Append(CultureInfo.InvariantCulture, $"<circle id=\"member-{IdOf(member.Marker.Region.Id)}\" class=\"member {OutcomeClass(member.Outcome)}\" data-outcome=\"{OutcomeClass(member.Outcome)}\" cx=\"{at.X:0.###}\" cy=\"{at.Y:0.###}\" r=\"{radius * 2.2:0.###}\" fill=\"none\" stroke=\"{OutcomeColour(member.Outcome)}\" stroke-width=\"3\" vector-effect=\"non-scaling-stroke\">");
                svg.Append(CultureInfo.InvariantCulture, $"<title>{Encode(member.Marker.Region.Name)}: {Encode(member.OutcomeText)}</title></circle>");
            }
        }

        svg.Append("</g><g class=\"partners\">");
        foreach (var partner in map.Partners)
        {
            if (partner.Point is { } at)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<circle id=\"partner-{homeId}-{IdOf(partner.Region.Id)}\" class=\"partner\" data-placed-by=\"{partner.By.ToString().ToLowerInvariant()}\" cx=\"{at.X:0.###}\" cy=\"{at.Y:0.###}\" r=\"{radius:0.###}\" fill=\"{Tie}\">");
                svg.Append(CultureInfo.InvariantCulture, $"<title>{Encode(partner.Region.Name)}</title></circle>");
                Label(svg, at, radius, partner.Region.Name, radius * 1.6);
            }
        }

        svg.Append("</g>");
        if (home.Point is { } homeAt)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<circle id=\"home-{homeId}\" class=\"home\" data-placed-by=\"{home.By.ToString().ToLowerInvariant()}\" cx=\"{homeAt.X:0.###}\" cy=\"{homeAt.Y:0.###}\" r=\"{radius * 1.4:0.###}\" fill=\"{Home}\" stroke=\"#fff\" stroke-width=\"1.5\" vector-effect=\"non-scaling-stroke\">");
            svg.Append(CultureInfo.InvariantCulture, $"<title>{Encode(home.Region.Name)}</title></circle>");
            Label(svg, homeAt, radius * 1.4, home.Region.Name, radius * 2.2);
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>An id's part made from a region's key: letters, digits, <c>-</c> and <c>_</c> kept, anything else a <c>-</c>.</summary>
    public static string IdOf(string key) => NotInId().Replace(key, "-");

    /// <summary>The class and data value of an outcome: <c>covered</c>, <c>uncertain</c>, <c>missing</c>.</summary>
    public static string OutcomeClass(CoverageOutcome outcome) => outcome switch
    {
        CoverageOutcome.Covered => "covered",
        CoverageOutcome.Uncertain => "uncertain",
        _ => "missing",
    };

    /// <summary>The part of the map shown: what is drawn with a margin, at least <see cref="MinimumWidth"/> wide, 2:1, inside the world.</summary>
    internal static (double Left, double Top, double Width, double Height) ViewOf(TieMap map)
    {
        var points = map.Partners.Append(map.Home).Concat(map.Members.Select(member => member.Marker))
            .Select(marker => marker.Point).OfType<MapPoint>().ToList();
        if (points.Count == 0)
        {
            return (0, 0, WorldOutlines.Width, WorldOutlines.Height);
        }

        var (minX, maxX) = (points.Min(p => p.X), points.Max(p => p.X));
        var (minY, maxY) = (points.Min(p => p.Y), points.Max(p => p.Y));
        var width = Math.Max(MinimumWidth, Math.Max(maxX - minX, 2 * (maxY - minY)) * 1.3);
        if (width >= WorldOutlines.Width)
        {
            return (0, 0, WorldOutlines.Width, WorldOutlines.Height);
        }

        var height = Math.Min(width / 2, WorldOutlines.Height);
        var left = Math.Clamp(((minX + maxX) / 2) - (width / 2), 0, WorldOutlines.Width - width);
        var top = Math.Clamp(((minY + maxY) / 2) - (height / 2), 0, WorldOutlines.Height - height);
        return (left, top, width, height);
    }

    /// <summary>A curve bowed towards the pole, a fifth of its length off the straight line, so that arcs to neighbours part.</summary>
    private static string ArcPath(MapPoint from, MapPoint to)
    {
        var (dx, dy) = (to.X - from.X, to.Y - from.Y);
        var (normalX, normalY) = (-dy * 0.2, dx * 0.2);
        if (normalY > 0)
        {
            (normalX, normalY) = (-normalX, -normalY);
        }

        var controlX = ((from.X + to.X) / 2) + normalX;
        var controlY = ((from.Y + to.Y) / 2) + normalY;
        return string.Create(CultureInfo.InvariantCulture, $"M{from.X:0.###} {from.Y:0.###}Q{controlX:0.###} {controlY:0.###} {to.X:0.###} {to.Y:0.###}");
    }

    /// <summary>A name beside a marker: <paramref name="offset"/> to its right, or to its left when negative, in text as tall as the marker is wide.</summary>
    private static void Label(StringBuilder svg, MapPoint at, double radius, string text, double offset) =>
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"label\" x=\"{at.X + offset:0.###}\" y=\"{at.Y + (radius * 0.9):0.###}\" text-anchor=\"{(offset < 0 ? "end" : "start")}\" font-size=\"{radius * 2.6:0.###}\" fill=\"#222\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\" vector-effect=\"non-scaling-stroke\" aria-hidden=\"true\">{Encode(text)}</text>");

    private static string OutcomeColour(CoverageOutcome outcome) => outcome switch
    {
        CoverageOutcome.Covered => "#1f5fa8",
        CoverageOutcome.Uncertain => "#d08c00",
        _ => "#b22",
    };

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    [GeneratedRegex("[^A-Za-z0-9_-]")]
    private static partial Regex NotInId();
}
