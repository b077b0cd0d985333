using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Reference;
using static Diplomacy.Core.Sheets.Tests.Sheets;

namespace Diplomacy.Core.Sheets.Tests;

/// <summary>
/// A cell finds its region by key, then by the core's name rules in the register within the row's country, then in the
/// catalog; a place neither knows is created under its country; what cannot be placed is refused.
/// </summary>
public sealed class PlaceMatching
{
    [Fact]
    public void A_name_is_matched_in_the_register_by_the_core_s_name_rules()
    {
        var register = GyeonggiRegister();
        var cordoba = Region.CreatePlace(new RegionId("AR:Córdoba"), AdministrativeKind.City, RegionNames.Of("es", "Córdoba"), null, "America/Argentina/Cordoba");
        register.Directory.Add(cordoba);

        var report = Import(register, "home,partner\nGYEONGGI,cordoba\n");

        report.TiesCreated.Single().Parties.Select(p => p.Region).Should().Equal(Held(register, "KR-41"), cordoba);
        report.RegionsMatched.Should().Equal(Held(register, "KR-41"), cordoba);
        report.RegionsCreated.Should().BeEmpty();
    }

    [Fact]
    public void Korean_and_Chinese_names_find_their_regions_in_the_catalog()
    {
        var register = GyeonggiRegister();

        var report = Import(register, "home,partner,partner country\n경기도,上海市,중국\n경기도,랴오닝 성,CN\n");

        report.Refused.Should().BeEmpty();
        report.TiesCreated.Select(t => t.Parties[1].Region.Id.Value).Should().Equal("CN-SH", "CN-LN");
        report.RegionsCreated.Select(r => r.Id.Value).Should().Equal("CN", "CN-SH", "CN-LN");
    }

    [Fact]
    public void A_code_finds_its_region_and_a_former_code_the_region_that_holds_it_now()
    {
        var register = GyeonggiRegister();

        var report = Import(register, "home,partner\nKR-41,CN-31\n");

        report.TiesCreated.Single().Parties[1].Region.Id.Value.Should().Be("CN-SH");
    }

    [Fact]
    public void A_subdivision_code_nobody_holds_is_refused()
    {
        var report = Import(GyeonggiRegister(), "home,partner\nKR-41,KR-99\n");

        report.Refused.Single().Should().Match<RefusedRow>(r => r.Reason == RowRefusalReason.UnknownCode && r.Message.Contains("The partner 'KR-99'"));
    }

    [Fact]
    public void A_place_unknown_to_register_and_catalog_is_created_under_its_country_with_the_country_s_zone()
    {
        var register = GyeonggiRegister();

        var report = Import(register, "home,partner,partner country\nKR-41,Hwaseong-si,Republic of Korea\n");

        var hwaseong = report.TiesCreated.Single().Parties[1].Region;
        hwaseong.Should().Match<Region>(r => r.Name == "Hwaseong-si" && r.Parent!.Id.Value == "KR" && r.Kind == AdministrativeKind.Other);
        hwaseong.TimeZone.Id.Should().Be("Asia/Seoul");
        report.RegionsCreated.Should().Equal(hwaseong);
        report.PlacesWithAssumedZone.Should().BeEmpty();
    }

    [Fact]
    public void A_place_created_in_a_country_of_several_zones_takes_the_capital_s_zone_and_is_listed()
    {
        var report = Import(GyeonggiRegister(), "home,partner,partner country\nKR-41,Springfield Township,USA\n");

        var place = report.TiesCreated.Single().Parties[1].Region;
        place.TimeZone.Id.Should().Be(Catalog.Region("US").TimeZone.Id);
        report.PlacesWithAssumedZone.Should().Equal(place);
    }

    [Fact]
    public void A_country_the_register_lacks_is_created_from_the_catalog_by_a_form_lists_use()
    {
        var register = GyeonggiRegister();

        var report = Import(register, "home,partner,partner country\nKR-41,Cork,Republic of Ireland\nKR-41,Galway,IE\n");

        report.RegionsCreated.Select(r => r.Id.Value).Should().StartWith("IE");
        report.RegionsCreated.Count(r => r.IsCountry).Should().Be(1);
        report.TiesCreated.Should().HaveCount(2).And.OnlyContain(t => t.Parties[1].Region.Country!.Id.Value == "IE");
    }

    [Fact]
    public void A_place_with_its_country_after_a_comma_is_placed_in_that_country()
    {
        var report = Import(GyeonggiRegister(), "home,partner\nKR-41,\"Leeds, England, United Kingdom\"\n");

        var leeds = report.TiesCreated.Single().Parties[1].Region;
        leeds.Name.Should().Be("Leeds, England");
        leeds.Country!.Id.Value.Should().Be("GB");
    }

    [Fact]
    public void A_name_is_matched_only_within_the_country_given()
    {
        var register = GyeonggiRegister();
        Catalog.AddTo(register.Directory, "CN");
        var victoriaCa = Region.CreatePlace(new RegionId("CA:Victoria"), AdministrativeKind.City, RegionNames.Of("en", "Victoria"), Catalog.Region("CA"));
        Catalog.AddTo(register.Directory, "CA");
        register.Directory.Add(victoriaCa);

        var report = Import(register, "home,partner,partner country\nKR-41,Victoria,Canada\n");

        report.TiesCreated.Single().Parties[1].Region.Should().BeSameAs(victoriaCa);
    }

    [Fact]
    public void A_name_several_regions_bear_is_refused_as_ambiguous_and_adds_nothing()
    {
        var register = GyeonggiRegister();
        Catalog.AddTo(register.Directory, "US");
        register.Directory.AddRange([
            Region.CreatePlace(new RegionId("US:Springfield-IL"), AdministrativeKind.City, RegionNames.Of("en", "Springfield"), Held(register, "US")),
            Region.CreatePlace(new RegionId("US:Springfield-MA"), AdministrativeKind.City, RegionNames.Of("en", "Springfield"), Held(register, "US")),
        ]);
        var before = Size(register);

        var report = Import(register, "home,partner,partner country\nKR-41,Springfield,US\n");

        report.Refused.Single().Should().Match<RefusedRow>(r => r.Reason == RowRefusalReason.AmbiguousName && r.Message.Contains("The partner 'Springfield' names 2 regions (US:Springfield-IL, US:Springfield-MA)"));
        Size(register).Should().Be(before);
    }

    [Fact]
    public void A_name_an_earlier_row_matched_is_ambiguous_once_a_later_row_created_another_region_of_that_name()
    {
        var register = GyeonggiRegister();
        register.Directory.Add(Region.CreatePlace(new RegionId("KR:Footown"), AdministrativeKind.City, RegionNames.Of("en", "Footown"), Held(register, "KR")));

        var report = Import(register, "home,partner,partner country\nKR-41,Footown,\nKR-41,Footown,JP\nKR-41,Footown,\n");

        report.TiesCreated.Select(t => t.Parties[1].Region.Id.Value).Should().Equal("KR:Footown", "JP:Footown");
        report.Refused.Single().Should().Match<RefusedRow>(r => r.Line == 4 && r.Reason == RowRefusalReason.AmbiguousName && r.Message.Contains("(KR:Footown, JP:Footown)"));
        report.Duplicates.Should().BeEmpty();
    }

    [Fact]
    public void A_country_nobody_knows_is_refused()
    {
        var register = GyeonggiRegister();

        var report = Import(register, "home,partner,partner country\nKR-41,Atlantis City,Atlantis\n");

        report.Refused.Single().Should().Match<RefusedRow>(r => r.Line == 2 && r.Reason == RowRefusalReason.UnknownCountry && r.Message.Contains("'Atlantis'"));
        Size(register).Should().Be((2, 0));
    }

    [Fact]
    public void A_place_nobody_knows_without_a_country_is_refused_as_no_zone_can_be_given_it()
    {
        var report = Import(GyeonggiRegister(), "home,partner\nKR-41,Hwaseong-si\n");

        report.Refused.Single().Should().Match<RefusedRow>(r => r.Reason == RowRefusalReason.UnknownPlace && r.Message.Contains("The partner 'Hwaseong-si'"));
    }

    [Fact]
    public void A_comma_that_begins_a_cell_puts_no_place_before_a_country()
    {
        var report = Import(GyeonggiRegister(), "home,partner\nKR-41,\",Korea\"\n");

        report.Refused.Single().Should().Match<RefusedRow>(r => r.Reason == RowRefusalReason.UnknownPlace && r.Message.Contains("The partner ',Korea'"));
    }

    [Fact]
    public void An_empty_place_is_refused()
    {
        var report = Import(GyeonggiRegister(), "home,partner,kind\nKR-41,,MOU\n");

        report.Refused.Single().Should().Match<RefusedRow>(r => r.Reason == RowRefusalReason.MissingPlace && r.Message == "The partner is empty.");
    }

    [Fact]
    public void A_place_created_by_one_row_is_matched_by_the_next_and_counted_created_once()
    {
        var register = GyeonggiRegister();

        var report = Import(register, "home,partner,partner country,kind\nKR-41,Hwaseong-si,KR,MOU\nKR-41,hwaseong-si,KR,friendship\n");

        report.TiesCreated.Should().HaveCount(2);
        report.TiesCreated.Select(t => t.Parties[1].Region).Distinct().Should().ContainSingle();
        report.RegionsCreated.Should().ContainSingle();
        report.RegionsMatched.Should().Equal(Held(register, "KR-41"), Held(register, "KR"));
    }

    [Fact]
    public void A_Wikidata_id_the_register_lacks_is_created_as_a_place_of_that_id_in_its_country()
    {
        var report = Import(GyeonggiRegister(), "home,partner,partner country\nKR-41,Q90,FR\n");

        var paris = report.TiesCreated.Single().Parties[1].Region;
        paris.WikidataId.Should().Be(WikidataId.Parse("Q90"));
        paris.Parent!.Id.Value.Should().Be("FR");
    }

    [Fact]
    public void The_name_language_and_the_zone_for_places_without_a_country_are_checked_before_anything_is_read()
    {
        var badZone = () => Import(GyeonggiRegister(), "home,partner\n", new SheetImportOptions { TimeZoneIdForPlacesWithoutCountry = "Mars/Olympus" });
        var badTag = () => Import(GyeonggiRegister(), "home,partner\n", new SheetImportOptions { NameLanguage = "not a tag" });

        badZone.Should().Throw<ArgumentException>().WithMessage("*Mars/Olympus*");
        badTag.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void A_created_place_s_name_is_stored_in_the_language_the_options_name()
    {
        var report = Import(GyeonggiRegister(), "home,partner,partner country\nKR-41,수원시,KR\n", new SheetImportOptions { NameLanguage = "ko" });

        report.TiesCreated.Single().Parties[1].Region.Names.Primary.Language.Value.Should().Be("ko");
    }

    [Fact]
    public void A_home_the_register_lacks_is_found_or_created_like_a_partner()
    {
        var register = Register.Open();

        var report = Import(register, "home,home country,partner,partner country\nSuwon-si,KR,Jinan,CN\n");

        report.Refused.Should().BeEmpty();
        report.TiesCreated.Single().Parties[0].Region.Country!.Id.Value.Should().Be("KR");
    }

    [Fact]
    public void A_country_the_register_holds_under_a_name_the_catalog_lacks_is_matched_by_that_name()
    {
        var register = GyeonggiRegister();
        var freedonia = Region.CreateCountry(CountryCode.Parse("XF"), RegionNames.Of("en", "Freedonia"), "UTC");
        register.Directory.Add(freedonia);

        var report = Import(register, "home,partner,partner country\nKR-41,Fredville,Freedonia\n");

        report.TiesCreated.Single().Parties[1].Region.Parent.Should().BeSameAs(freedonia);
        report.RegionsMatched.Should().Contain(freedonia);
    }

    [Fact]
    public void A_region_whose_key_the_register_gave_another_region_is_refused_under_the_core_s_rule()
    {
        var register = GyeonggiRegister();
        register.Directory.Add(Region.CreatePlace(new RegionId("CN-31"), AdministrativeKind.Other, RegionNames.Of("en", "Old Shanghai office"), null, "UTC"));
        var before = Size(register);

        var report = Import(register, "home,partner\nKR-41,Shanghai\n");

        report.Refused.Single().Should().Match<RefusedRow>(r => r.Line == 2 && r.Reason == RowRefusalReason.BrokenRule && r.Rule == DomainRule.RegionKeyMustBeUnique);
        Size(register).Should().Be(before);
    }

    [Fact]
    public void All_or_nothing_a_clash_found_only_when_landing_keeps_every_row_out()
    {
        var register = GyeonggiRegister();
        register.Directory.Add(Region.CreatePlace(new RegionId("CN-31"), AdministrativeKind.Other, RegionNames.Of("en", "Old Shanghai office"), null, "UTC"));
        var before = Size(register);

        var report = Import(register, "home,partner\nKR-41,Shanghai\n", new SheetImportOptions { AllOrNothing = true });

        report.Landed.Should().BeFalse();
        report.Refused.Single().Should().Match<RefusedRow>(r => r.Line == 0 && r.Rule == DomainRule.RegionKeyMustBeUnique);
        Size(register).Should().Be(before);
    }

    [Fact]
    public void All_or_nothing_a_country_planned_by_an_earlier_row_is_found_by_another_of_its_names()
    {
        var report = Import(GyeonggiRegister(), "home,partner,partner country\nKR-41,Kinsale,IE\nKR-41,Clonakilty,Ireland\n", new SheetImportOptions { AllOrNothing = true });

        report.RegionsCreated.Count(r => r.IsCountry).Should().Be(1);
        report.TiesCreated.Select(t => t.Parties[1].Region.Parent).Distinct().Should().ContainSingle();
    }

    [Fact]
    public void A_country_code_as_a_partner_adds_the_country_from_the_catalog()
    {
        var report = Import(GyeonggiRegister(), "kind,home,partner\nMOU,KR-41,JP\n");

        report.TiesCreated.Single().Parties[1].Region.Should().BeSameAs(Catalog.Region("JP"));
        report.TiesCreated.Single().Kind.Should().Be(Agreements.AgreementKind.CooperationMemorandum);
    }

    [Fact]
    public void A_pair_list_names_which_side_it_could_not_place()
    {
        var report = ImportPairs(Register.Open(), "Q1,Nowhere Town\n");

        report.Refused.Single().Message.Should().StartWith("The second place 'Nowhere Town'");
    }
    [Fact]
    public void An_empty_home_is_refused_naming_the_home()
    {
        var register = GyeonggiRegister();

        var report = Import(register, "home,partner,partner country\n,Tianjin,CN\n");

        report.Refused.Single().Should().Match<RefusedRow>(r => r.Reason == RowRefusalReason.MissingPlace && r.Message == "The home is empty.");
        Size(register).Should().Be((2, 0));
    }

    [Fact]
    public void An_empty_first_place_of_a_pair_is_refused_naming_the_first_place()
    {
        var register = Register.Open();

        var report = ImportPairs(register, ",Q956\n");

        report.Refused.Single().Should().Match<RefusedRow>(r => r.Reason == RowRefusalReason.MissingPlace && r.Message == "The first place is empty.");
        Size(register).Should().Be((0, 0));
    }
}
