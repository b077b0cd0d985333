using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Reference;
using static Diplomacy.Core.Sheets.Tests.Sheets;

namespace Diplomacy.Core.Sheets.Tests;

/// <summary>
/// With a gazetteer in the options, a city named with its country arrives as the gazetteer's place, under its division
/// and in its own zone; a populated place comes before a division of the same name; the register's own places win; a
/// shared name is chosen by the gazetteer and reported, or refused when it cannot choose.
/// </summary>
public sealed class GazetteerPlacing
{
    private static readonly Region Suwon = Region.CreatePlace(
        new RegionId("geonames:1835553"), AdministrativeKind.City, RegionNames.Of("und", "Suwon").And("ko", "수원시"), Catalog.Region("KR-41"), "Asia/Seoul");

    private static readonly Region LosAngeles = Region.CreatePlace(
        new RegionId("geonames:5368361"), AdministrativeKind.City, RegionNames.Of("und", "Los Angeles"), Catalog.Region("US-CA"), "America/Los_Angeles");

    private static readonly Region BuenosAires = Region.CreatePlace(
        new RegionId("geonames:3435910"), AdministrativeKind.City, RegionNames.Of("und", "Buenos Aires"), Catalog.Region("AR-C"), "America/Argentina/Buenos_Aires");

    private static readonly Region Gwangju = Region.CreatePlace(
        new RegionId("geonames:1841811"), AdministrativeKind.City, RegionNames.Of("und", "Gwangju"), Catalog.Region("KR-29"), "Asia/Seoul");

    private static readonly Region GwangjuSi = Region.CreatePlace(
        new RegionId("geonames:1841810"), AdministrativeKind.City, RegionNames.Of("und", "Gwangju"), Catalog.Region("KR-41"), "Asia/Seoul");

    private static readonly SheetImportOptions WithGazetteer = new() { Places = new FakeGazetteer() };

    [Fact]
    public void A_city_named_with_its_country_is_the_gazetteer_s_place_under_its_division()
    {
        var register = GyeonggiRegister();

        var report = Import(register, "home,partner,partner country\nKR-41,Los Angeles,United States\n", WithGazetteer);

        var partner = report.TiesCreated.Single().Parties[1].Region;
        partner.Should().Be(LosAngeles);
        partner.TimeZone.Id.Should().Be("America/Los_Angeles");
        report.RegionsCreated.Select(r => r.Id.Value).Should().Equal("US", "US-CA", "geonames:5368361");
        report.PlacesWithAssumedZone.Should().BeEmpty();
    }

    [Fact]
    public void A_city_and_its_country_in_one_cell_is_placed_too()
    {
        var report = ImportPairs(Register.Open(), "\"Suwon, South Korea\",\"Los Angeles, United States\"\n", new PairListOptions { Places = new FakeGazetteer() });

        report.TiesCreated.Single().Parties.Select(p => p.Region).Should().Equal(Suwon, LosAngeles);
    }

    [Fact]
    public void A_populated_place_is_chosen_before_a_first_level_division_of_the_same_name()
    {
        var report = Import(GyeonggiRegister(), "home,partner,partner country\nKR-41,Buenos Aires,Argentina\nKR-41,Buenos Aires,AR\n", WithGazetteer);

        report.Refused.Should().BeEmpty();
        report.TiesCreated.Should().ContainSingle().Which.Parties[1].Region.Should().Be(BuenosAires);
        report.Duplicates.Should().ContainSingle();
    }

    [Fact]
    public void A_place_of_the_register_s_own_by_that_name_wins_over_the_gazetteer()
    {
        var register = GyeonggiRegister();
        var own = Region.CreatePlace(new RegionId("KR:Suwon"), AdministrativeKind.City, RegionNames.Of("en", "Suwon"), Held(register, "KR-41"));
        register.Directory.Add(own);

        var report = Import(register, "home,partner,partner country\nKR-41,Suwon,KR\n", WithGazetteer);

        report.TiesCreated.Single().Parties[1].Region.Should().Be(own);
    }

    [Fact]
    public void A_place_the_gazetteer_placed_before_is_matched_not_created_again()
    {
        var register = GyeonggiRegister();
        Import(register, "home,partner,partner country\nKR-41,Los Angeles,US\n", WithGazetteer);

        var report = Import(register, "home,partner,partner country\nCN-SH,Los Angeles,US\n", WithGazetteer);

        report.RegionsMatched.Should().Contain(LosAngeles);
        report.RegionsCreated.Select(r => r.Id.Value).Should().Equal("CN", "CN-SH");
    }

    [Fact]
    public void A_shared_name_takes_the_gazetteer_s_choice_and_the_report_says_what_it_chose_once()
    {
        var report = Import(GyeonggiRegister(), "home,partner,partner country\nKR-41,Gwangju,KR\nKR-11,Gwangju,KR\n", WithGazetteer);

        report.TiesCreated.Select(t => t.Parties[1].Region).Should().Equal(Gwangju, Gwangju);
        var shared = report.SharedNames.Should().ContainSingle().Subject;
        shared.Should().Match<SharedName>(s => s.Name == "Gwangju" && s.Country.Id.Value == "KR" && s.Chosen == Gwangju && s.Rule == "chose the seat");
        shared.Candidates.Should().Equal(Gwangju, GwangjuSi);
    }

    [Fact]
    public void All_or_nothing_a_shared_name_a_row_read_whole_chose_stays_reported_when_a_later_row_is_refused()
    {
        var report = Import(
            GyeonggiRegister(),
            "home,partner,partner country,date\nKR-41,Gwangju,KR,1990\nKR-41,Suwon,KR,not a date\n",
            WithGazetteer with { AllOrNothing = true });

        report.Landed.Should().BeFalse();
        report.SharedNames.Should().ContainSingle().Which.Name.Should().Be("Gwangju");
    }

    [Fact]
    public void A_shared_name_the_gazetteer_cannot_choose_for_is_refused_as_ambiguous()
    {
        var report = Import(GyeonggiRegister(), "home,partner,partner country\nKR-41,Kiten,KR\n", WithGazetteer);

        report.Refused.Single().Reason.Should().Be(RowRefusalReason.AmbiguousName);
        report.RegionsCreated.Should().BeEmpty();
    }

    [Fact]
    public void A_place_the_gazetteer_lacks_is_created_under_its_country_as_without_one()
    {
        var report = Import(GyeonggiRegister(), "home,partner,partner country\nKR-41,Hwaseong-si,KR\n", WithGazetteer);

        report.TiesCreated.Single().Parties[1].Region.Id.Value.Should().Be("KR:Hwaseong-si");
    }

    [Fact]
    public void A_city_of_a_country_with_several_zones_created_without_a_gazetteer_still_has_an_assumed_zone()
    {
        var report = Import(GyeonggiRegister(), "home,partner,partner country\nKR-41,Nowhere Springs,US\n", WithGazetteer);

        report.PlacesWithAssumedZone.Select(r => r.Id.Value).Should().Equal("US:Nowhere Springs");
    }

    private sealed class FakeGazetteer : IPlaceResolver
    {
        public PlaceChoice? Resolve(string name, Region country) => (name, country.Id.Value) switch
        {
            ("Suwon", "KR") => new PlaceChoice(Suwon, [Suwon], "the only place"),
            ("Los Angeles", "US") => new PlaceChoice(LosAngeles, [LosAngeles], "the only place"),
            ("Buenos Aires", "AR") => new PlaceChoice(BuenosAires, [BuenosAires], "the only place"),
            ("Gwangju", "KR") => new PlaceChoice(Gwangju, [Gwangju, GwangjuSi], "chose the seat"),
            ("Kiten", "KR") => new PlaceChoice(null, [Suwon, Gwangju], "they rank alike"),
            _ => null,
        };
    }
}
