using Diplomacy.Core.Coverage;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Web.Language;
using Diplomacy.Core.Web.Reading;
using NodaTime;

namespace Diplomacy.Core.Web.Map;

/// <summary>
/// A home region's ties on a date as the map draws them: the home, each partner it has a tie in force with (the core's
/// <see cref="Register.PartnersOn"/>) where <see cref="MapPlacing"/> puts it, the partners counted by country, and,
/// when a cohort is asked, its members with the core's coverage outcome for each.
/// </summary>
public sealed record TieMap
{
    public required MapMarker Home { get; init; }

    public required LocalDate Date { get; init; }

    /// <summary>The partners, by id; those <see cref="PlacedBy.Nowhere"/> are listed but not drawn.</summary>
    public required IReadOnlyList<MapMarker> Partners { get; init; }

    /// <summary>The partners by country, the most partners first, then by the country's id; partners without a country count under a null country.</summary>
    public required IReadOnlyList<CountryCount> ByCountry { get; init; }

    /// <summary>The cohort's key, or null when none is drawn.</summary>
    public string? Cohort { get; init; }

    /// <summary>The cohort's label, or null when none is drawn.</summary>
    public string? CohortLabel { get; init; }

    /// <summary>The core's words for the cohort's coverage (<c>3 of 4</c>), or null when no cohort is drawn.</summary>
    public string? CoverageText { get; init; }

    /// <summary>The cohort's members in the cohort's order, each with its outcome; empty when no cohort is drawn.</summary>
    public required IReadOnlyList<MemberMarker> Members { get; init; }

    public static TieMap Of(Register register, Region home, LocalDate date, CohortChoice? cohort, Texts texts)
    {
        var partners = register.PartnersOn(home, date).Select(partner => MapMarker.Of(partner, texts)).ToList();
        var coverage = cohort is null ? null : register.Coverage(home, cohort.Cohort, date);
        return new TieMap
        {
            Home = MapMarker.Of(home, texts),
            Date = date,
            Partners = partners,
            ByCountry =
            [
                .. partners.GroupBy(partner => partner.Country?.Id)
                    .Select(group => new CountryCount(group.First().Country, [.. group]))
                    .OrderByDescending(row => row.Partners.Count)
                    .ThenBy(row => row.Country?.Id ?? "\uffff", StringComparer.Ordinal),
            ],
            Cohort = cohort?.Key,
            CohortLabel = cohort?.Label(texts),
            CoverageText = coverage?.ToText(texts.Language),
            Members = coverage is null ? [] : [.. coverage.Members.Select(member => MemberMarker.Of(member, texts))],
        };
    }
}

/// <summary>A region on the map: its view, its country's view, and where it is drawn.</summary>
/// <param name="Region">The region's key and name.</param>
/// <param name="Country">The region's country (itself for a country), or null when it lies in none.</param>
/// <param name="Point">Where it is drawn, or null when it is not.</param>
/// <param name="By">How the point was found.</param>
public sealed record MapMarker(RegionView Region, RegionView? Country, MapPoint? Point, PlacedBy By)
{
    public static MapMarker Of(Region region, Texts texts)
    {
        var (point, by) = MapPlacing.Of(region);
        return new MapMarker(RegionView.Of(region, texts), region.Country is { } country ? RegionView.Of(country, texts) : null, point, by);
    }
}

/// <summary>A cohort member on the map, with the coverage's outcome for it.</summary>
public sealed record MemberMarker(MapMarker Marker, CoverageOutcome Outcome, string OutcomeText)
{
    public static MemberMarker Of(MemberCoverage member, Texts texts)
    {
        var region = member.Region ?? Reference.Catalog.Find(member.Member.Key.Value.AsSpan());
        var marker = region is not null
            ? MapMarker.Of(region, texts)
            : new MapMarker(RegionView.Of(member.Member.Key, null, texts), null, null, PlacedBy.Nowhere);
        return new MemberMarker(marker, member.Outcome, texts.Outcome(member.Outcome));
    }
}

/// <summary>A country's partners, for the table beside the map.</summary>
/// <param name="Country">The country, or null for partners that lie in none.</param>
/// <param name="Partners">Its partners, by id.</param>
public sealed record CountryCount(RegionView? Country, IReadOnlyList<MapMarker> Partners);
