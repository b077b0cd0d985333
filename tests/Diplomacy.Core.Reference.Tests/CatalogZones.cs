using NodaTime.TimeZones;

namespace Diplomacy.Core.Reference.Tests;

/// <summary>A region's zone is one TZDB lists for its country; a zone no source gives is unknown, never guessed.</summary>
public sealed class CatalogZones
{
    private static readonly CatalogData Data = CatalogData.Instance.Value;

    private static readonly ILookup<string, string> TzdbZones =
        TzdbDateTimeZoneSource.Default.ZoneLocations!.ToLookup(l => l.CountryCode, l => l.ZoneId);

    // Subdivisions that are also ISO 3166-1 countries of their own (FR-971 is GP) take that country's zone.
    private static readonly Dictionary<string, string> AlsoCountries = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Tables", "territories.tsv"))
        .Where(line => !line.StartsWith('#'))
        .Select(line => line.Split('\t'))
        .ToDictionary(row => row[0], row => row[1]);

    // Countries with a user-assigned code (XK) run on the zone TZDB gives the country named beside them.
    private static readonly Dictionary<string, string> UserAssigned = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Tables", "user-assigned-countries.tsv"))
        .Where(line => !line.StartsWith('#'))
        .Select(line => line.Split('\t'))
        .ToDictionary(row => row[0], row => row[2]);

    [Fact]
    public void Every_known_zone_is_one_TZDB_lists_for_the_region_s_country()
    {
        for (var index = 0; index < Data.Count; index++)
        {
            if (Data.ZoneAt(index) is not { } zone)
            {
                continue;
            }

            var code = Data.CodeAt(index);
            var listed = TzdbZones[UserAssigned.GetValueOrDefault(code[..2], code[..2])].Concat(AlsoCountries.TryGetValue(code, out var also) ? TzdbZones[also] : []);
            listed.Should().Contain(zone, code);
        }
    }

    [Fact]
    public void Every_zone_of_the_table_is_one_TZDB_lists_for_that_country()
    {
        foreach (var row in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Tables", "zones.tsv")).Where(l => !l.StartsWith('#')).Select(l => l.Split('\t')))
        {
            if (row[1] != "-")
            {
                TzdbZones[row[0][..2]].Should().Contain(row[1], row[0]);
            }
        }
    }

    [Theory]
    [InlineData("KR-41", "Asia/Seoul")]
    [InlineData("CN-SH", "Asia/Shanghai")]
    [InlineData("CN-XJ", "Asia/Urumqi")] // TZDB gives Xinjiang its own zone
    [InlineData("CN-HK", "Asia/Hong_Kong")]
    [InlineData("US-CA", "America/Los_Angeles")]
    [InlineData("US-TX", "America/Chicago")] // split: TZDB's "Central (most areas)"
    [InlineData("RU-KGD", "Europe/Kaliningrad")]
    [InlineData("BR-AM", "America/Manaus")]
    [InlineData("FR-971", "America/Guadeloupe")] // also the country GP
    [InlineData("ES-GC", "Atlantic/Canary")] // a province takes its community's zone
    [InlineData("US", "America/New_York")] // a country of several zones takes its capital's
    public void A_region_has_the_zone_of_its_division(string code, string zone)
    {
        Catalog.TimeZoneIdOf(code).Should().Be(zone);
        Catalog.Region(code).TimeZone.Id.Should().Be(zone);
    }

    [Theory]
    [InlineData("AR-B")] // Argentina: TZDB splits it by province, the table does not
    [InlineData("ID-KA")] // Kalimantan spans two zones
    [InlineData("FR-CP")] // Clipperton: TZDB lists no zone
    [InlineData("XX-99")] // not in the catalog
    public void A_zone_no_source_gives_is_unknown(string code)
    {
        Catalog.TimeZoneIdOf(code).Should().BeNull();
    }

    [Fact]
    public void Kosovo_runs_on_the_zone_TZDB_gives_Serbia()
    {
        TzdbZones["XK"].Should().BeEmpty();
        Catalog.TimeZoneIdOf("XK").Should().Be("Europe/Belgrade");
        Catalog.Region("XK").TimeZone.Id.Should().Be("Europe/Belgrade");
        TzdbZones["RS"].Should().Contain("Europe/Belgrade");
    }

    [Fact]
    public void A_subdivision_of_unknown_zone_carries_its_parent_s_zone_on_its_region()
    {
        Catalog.Region("ID-KA").TimeZone.Should().Be(Catalog.Region("ID").TimeZone);
    }

    [Fact]
    public void A_country_without_any_TZDB_zone_says_so_and_its_region_runs_on_UTC()
    {
        Catalog.TimeZoneIdOf("AQ").Should().BeNull();
        Catalog.Region("AQ").TimeZone.Id.Should().Be("Etc/UTC");
    }
}
