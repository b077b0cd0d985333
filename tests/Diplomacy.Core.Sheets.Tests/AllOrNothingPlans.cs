using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio;
using static Diplomacy.Core.Sheets.Tests.Sheets;

namespace Diplomacy.Core.Sheets.Tests;

/// <summary>
/// All or nothing, a place an earlier row planned is not in the register yet; a later row still finds it, by key in any
/// case and by name, instead of planning it twice or refusing it. A place taken from the catalog comes with the
/// ancestors the register lacks, country first.
/// </summary>
public sealed class AllOrNothingPlans
{
    private static readonly PairListOptions AllOrNothing = new() { AllOrNothing = true };

    [Fact]
    public void A_later_row_finds_a_planned_gazetteer_place_by_its_Wikidata_id()
    {
        var suwon = Region.CreatePlace(
            new RegionId("geonames:1835553"), AdministrativeKind.City, RegionNames.Of("en", "Suwon"), Reference.Catalog.Find("KR"), wikidataId: WikidataId.Parse("Q41950"));
        var options = new SheetImportOptions { AllOrNothing = true, Places = new OnePlace(suwon) };

        var report = Import(Register.Open(), "home,home country,partner\nSuwon,KR,CN-SH\nQ41950,,CN-TJ\n", options);

        report.Refused.Should().BeEmpty();
        report.TiesCreated.Select(t => t.Parties[0].Region).Should().Equal(suwon, suwon);
    }

    [Fact]
    public void A_later_row_finds_a_planned_place_by_its_Wikidata_id_written_in_another_case()
    {
        var register = Register.Open();

        var report = ImportPairs(register, "Q8686,Q956\nq956,Q90\n", AllOrNothing);

        report.Refused.Should().BeEmpty();
        report.TiesCreated.Should().HaveCount(2);
        register.Directory.Regions.Select(r => r.Id.Value).Should().BeEquivalentTo("Q8686", "Q956", "Q90");
    }

    [Fact]
    public void A_later_row_finds_a_place_created_by_an_earlier_row_by_its_name_alone()
    {
        var register = Register.Open();

        var report = ImportPairs(register, "\"Footown, Korea\",Q956\nFootown,Q90\n", AllOrNothing);

        report.Refused.Should().BeEmpty();
        report.TiesCreated.Select(t => t.Parties[0].Region.Id.Value).Should().Equal("KR:Footown", "KR:Footown");
    }

    [Fact]
    public void A_later_row_finds_a_planned_place_by_its_id_even_when_the_name_rules_tell_the_two_names_apart()
    {
        // α with a combining ypogegrammeni, then α with a capital iota. Ids compare ignoring case and the ypogegrammeni's
        // capital is the iota, so the two places have one id; the name rules drop the ypogegrammeni, so the names differ.
        var report = Import(
            GyeonggiRegister(),
            "home,partner,partner country,kind\nKR-41,\u03B1\u0345,KR,MOU\nKR-41,\u03B1\u0399,KR,friendship\n",
            new SheetImportOptions { AllOrNothing = true });

        report.Landed.Should().BeTrue();
        report.RegionsCreated.Select(r => r.Id.Value).Should().Equal("KR:\u03B1\u0345");
        report.TiesCreated.Should().HaveCount(2).And.OnlyContain(tie => ReferenceEquals(tie.Parties[1].Region, report.RegionsCreated[0]));
    }

    [Fact]
    public void A_catalog_region_is_created_after_its_country_and_its_parent_subdivision()
    {
        var register = Register.Open();

        var report = ImportPairs(register, "GB-KEN,Q956\n");

        report.RegionsCreated.Select(r => r.Id.Value).Should().Equal("GB", "GB-ENG", "GB-KEN", "Q956");
        report.TiesCreated.Should().ContainSingle();
    }

    [Fact]
    public void A_key_the_register_holds_names_its_region_even_when_a_planned_region_had_it_as_a_former_code()
    {
        var register = GyeonggiRegister();
        var office = Region.CreatePlace(new RegionId("CN-31"), AdministrativeKind.Other, RegionNames.Of("en", "Old Shanghai office"), null, "UTC");
        register.Directory.Add(office);

        // Shanghai, planned from the catalog by the first row, has CN-31 as a former code; the register's CN-31 is the office.
        var report = ImportPairs(register, "KR-41,Shanghai\nKR-41,CN-31\n", AllOrNothing);

        report.Duplicates.Should().BeEmpty("the second row names the office, not the Shanghai of the first row");
        report.Refused.Single().Rule.Should().Be(DomainRule.RegionKeyMustBeUnique);
    }

    [Fact]
    public void An_id_an_earlier_row_gave_is_taken_while_all_or_nothing_holds_rows_back()
    {
        var register = GyeonggiRegister();

        var report = Import(register, "id,home,partner\nGG-1,KR-41,CN-SH\nGG-1,KR-41,CN-TJ\n", new SheetImportOptions { AllOrNothing = true });

        report.Refused.Single().Reason.Should().Be(RowRefusalReason.IdTaken);
        report.Landed.Should().BeFalse();
        register.Agreements.Should().BeEmpty();
    }

    private sealed class OnePlace(Region place) : Reference.IPlaceResolver
    {
        public Reference.PlaceChoice? Resolve(string name, Region country) =>
            name == place.Names.Primary.Text ? new Reference.PlaceChoice(place, [place], "the only place") : null;
    }
}
