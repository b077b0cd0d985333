using System.Collections.Immutable;
using System.Globalization;
using Diplomacy.Core.Geography;
using NodaTime;

namespace Diplomacy.Core.Statistics;

/// <summary>
/// A set of ties counted every way a register's report counts them: the number of ties, the distinct partners and
/// partner countries, and a <see cref="StatisticsTable"/> for each <see cref="StatisticsGrouping"/>.
/// </summary>
/// <remarks>
/// <para>
/// A <b>tie</b> is one agreement seen from one pair of a home-side party and a partner: an agreement counts once per
/// such pair. A trilateral agreement of the home with two partners is two ties; one of the home and one of its cities
/// with one partner (when the home's sub-regions count) is two ties too, one for each home-side party.
/// </para>
/// <para>Immutable, and so safe to share between threads. Equality is by reference.</para>
/// </remarks>
public sealed class TieTally
{
    private TieTally(int count, ImmutableArray<Region> partners, ImmutableArray<StatisticsTable> tables)
    {
        Count = count;
        Partners = partners;
        Tables = tables;
        PartnerCountries = ByPartnerCountry.Rows.Length;
    }

    /// <summary>How many ties.</summary>
    public int Count { get; }

    /// <summary>The distinct partner regions, by id (ordinal, ignoring case, as <c>PartnersOn</c> orders them).</summary>
    public ImmutableArray<Region> Partners { get; }

    /// <summary>How many distinct countries the partners are in (partners with no country are not counted).</summary>
    public int PartnerCountries { get; }

    /// <summary>Every table, in the order of <see cref="StatisticsGrouping"/>.</summary>
    public ImmutableArray<StatisticsTable> Tables { get; }

    /// <summary>The ties by partner country.</summary>
    public StatisticsTable ByPartnerCountry => Tables[(int)StatisticsGrouping.PartnerCountry];

    /// <summary>The ties by kind.</summary>
    public StatisticsTable ByKind => Tables[(int)StatisticsGrouping.Kind];

    /// <summary>The ties by decade of signing.</summary>
    public StatisticsTable ByDecadeSigned => Tables[(int)StatisticsGrouping.DecadeSigned];

    /// <summary>The ties by the home side's first-level division (a city's ties rolled up to its province).</summary>
    public StatisticsTable ByHomeDivision => Tables[(int)StatisticsGrouping.HomeDivision];

    /// <summary>The ties by the partner's first-level division.</summary>
    public StatisticsTable ByPartnerDivision => Tables[(int)StatisticsGrouping.PartnerDivision];

    /// <summary>The ties by field of cooperation.</summary>
    public StatisticsTable ByField => Tables[(int)StatisticsGrouping.Field];

    /// <summary>The table of one grouping.</summary>
    /// <param name="grouping">The grouping.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The tally has no table of that grouping (<see cref="StatisticsGrouping.Ending"/> outside <see cref="TieChanges.Ended"/>).</exception>
    public StatisticsTable Table(StatisticsGrouping grouping) =>
        (int)grouping >= 0 && (int)grouping < Tables.Length
            ? Tables[(int)grouping]
            : throw new ArgumentOutOfRangeException(nameof(grouping), grouping, "This tally has no table of that grouping.");

    /// <summary>Counts ties; kinds are read on <paramref name="kindOn"/>, and an ending (for ended ties) by <paramref name="ending"/>.</summary>
    internal static TieTally Of(IReadOnlyCollection<HomeTie> ties, LocalDate kindOn, Func<HomeTie, string>? ending = null)
    {
        var regions = new Dictionary<string, Region>(StringComparer.Ordinal);
        var groupings = ending is null ? (int)StatisticsGrouping.Ending : (int)StatisticsGrouping.Ending + 1;
        var counts = Enumerable.Range(0, groupings).Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
        var unassigned = new int[groupings];
        foreach (var tie in ties)
        {
            Tally(counts, unassigned, regions, StatisticsGrouping.PartnerCountry, tie.Partner.Country);
            Tally(counts, unassigned, StatisticsGrouping.Kind, tie.Agreement.KindOn(kindOn)?.ToString());
            Tally(counts, unassigned, StatisticsGrouping.DecadeSigned, DecadeOf(tie));
            Tally(counts, unassigned, regions, StatisticsGrouping.HomeDivision, HomeTie.FirstLevelDivisionOf(tie.HomeParty));
            Tally(counts, unassigned, regions, StatisticsGrouping.PartnerDivision, HomeTie.FirstLevelDivisionOf(tie.Partner));
            foreach (var field in tie.Agreement.Fields)
            {
                Tally(counts, unassigned, StatisticsGrouping.Field, field.Name);
            }

            if (tie.Agreement.Fields.Count == 0)
            {
                unassigned[(int)StatisticsGrouping.Field]++;
            }

            if (ending is not null)
            {
                Tally(counts, unassigned, StatisticsGrouping.Ending, ending(tie));
            }
        }

        var partners = ties.Select(tie => tie.Partner).Distinct().OrderBy(partner => partner.Id.Value, StringComparer.OrdinalIgnoreCase);
        var tables = Enumerable.Range(0, groupings).Select(index => new StatisticsTable((StatisticsGrouping)index, ties.Count, counts[index], unassigned[index], regions));
        return new TieTally(ties.Count, [.. partners], [.. tables]);
    }

    /// <summary>The decade of signing, when the signing's bounds fall in one decade.</summary>
    private static string? DecadeOf(HomeTie tie)
    {
        var signed = tie.Agreement.SignedOn;
        if (signed?.Earliest is not { } earliest || signed.Value.Latest is not { } latest || earliest.Year / 10 != latest.Year / 10)
        {
            return null;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{earliest.Year / 10 * 10}s");
    }

    private static void Tally(Dictionary<string, int>[] counts, int[] unassigned, Dictionary<string, Region> regions, StatisticsGrouping grouping, Region? region)
    {
        if (region is not null)
        {
            regions[region.Id.Value] = region;
        }

        Tally(counts, unassigned, grouping, region?.Id.Value);
    }

    private static void Tally(Dictionary<string, int>[] counts, int[] unassigned, StatisticsGrouping grouping, string? key)
    {
        if (key is null)
        {
            unassigned[(int)grouping]++;
            return;
        }

        var table = counts[(int)grouping];
        table[key] = table.GetValueOrDefault(key) + 1;
    }
}
