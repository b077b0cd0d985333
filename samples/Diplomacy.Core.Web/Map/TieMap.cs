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
