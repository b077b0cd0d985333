using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Web.Language;
using NodaTime;

namespace Diplomacy.Core.Web.Reading;

/// <summary>A home region's ties with their status on a date, filtered; with what the filters may choose from.</summary>
public sealed record TieListing
{
    public required RegionView Home { get; init; }

    public required LocalDate Date { get; init; }

    public required IReadOnlyList<TieSummary> Ties { get; init; }

    /// <summary>The partners' countries among all the home's ties, for the country filter.</summary>
    public required IReadOnlyList<RegionView> Countries { get; init; }

    /// <summary>The fields among all the home's ties, for the field filter.</summary>
    public required IReadOnlyList<Choice> Fields { get; init; }

    /// <summary>The delegations of the home region, for links.</summary>
    public required IReadOnlyList<DelegationRef> Delegations { get; init; }

    public static TieListing Of(Register register, Region home, LocalDate date, TieFilter filter, Texts texts)
    {
        var all = register.TiesOf(home);
        var ties = new List<TieSummary>();
        foreach (var agreement in all)
        {
            var tie = TieSummary.Of(agreement, home, date, texts);
            if (filter.Lets(tie, agreement, home))
            {
                ties.Add(tie);
            }
        }

        return new TieListing
        {
            Home = RegionView.Of(home, texts),
            Date = date,
            Ties = ties,
            Countries =
            [
                .. all.SelectMany(tie => tie.Parties)
                    .Select(party => party.Region.Country)
                    .OfType<Region>()
                    .Where(country => !country.Equals(home.Country))
                    .Distinct()
                    .Select(country => RegionView.Of(country, texts))
                    .OrderBy(country => country.Id, StringComparer.Ordinal),
            ],
            Fields =
            [
                .. all.SelectMany(tie => tie.Fields).Distinct()
                    .OrderBy(field => field.Name, StringComparer.Ordinal)
                    .Select(field => new Choice(field.Name, texts.Field(field))),
            ],
            Delegations =
            [
                .. register.Delegations.Delegations
                    .Where(delegation => delegation.Home.Equals(home))
                    .Select(delegation => DelegationRef.Of(delegation)),
            ],
        };
    }
}
