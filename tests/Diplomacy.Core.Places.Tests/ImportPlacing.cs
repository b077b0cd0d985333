using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Reference;
using Diplomacy.Core.Sheets;

namespace Diplomacy.Core.Places.Tests;

/// <summary>The sheet and pair-list imports, given the gazetteer, place the cities lists name.</summary>
public class ImportPlacing
{
    private static readonly SheetImportOptions Options = new() { Places = Gazetteer.Resolver };

    private static ImportReport Import(string sheet)
    {
        var register = Register.Open();
        Catalog.AddTo(register.Directory, "KR-41");
        return RegisterSheet.Import(register, new StringReader(sheet), Options);
    }

    [Fact]
    public void Suwon_South_Korea_is_the_place_under_Gyeonggi_in_Asia_Seoul()
    {
        var report = ImportPairs("\"Suwon, South Korea\",\"Los Angeles, United States\"\n");

        var (suwon, losAngeles) = (report.TiesCreated.Single().Parties[0].Region, report.TiesCreated.Single().Parties[1].Region);
        suwon.Parent!.Id.Value.Should().Be("KR-41");
        suwon.TimeZone.Id.Should().Be("Asia/Seoul");
        losAngeles.Parent!.Id.Value.Should().Be("US-CA");
        losAngeles.TimeZone.Id.Should().Be("America/Los_Angeles");
        report.PlacesWithAssumedZone.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Seongnam", "geonames:1897000")]
    [InlineData("수원시", "geonames:1835553")]
    [InlineData("水原市", "geonames:1835553")]
    public void Plain_forms_and_names_in_any_language_find_the_place(string name, string id)
    {
        var report = Import($"home,partner,partner country\nKR-41,{name},대한민국\n");

        report.TiesCreated.Single().Parties[1].Region.Id.Value.Should().Be(id);
    }

    [Fact]
    public void Buenos_Aires_in_a_list_of_cities_is_the_capital_not_a_province()
    {
        var report = Import("home,partner,partner country\nKR-41,Buenos Aires,Argentina\n");

        report.Refused.Should().BeEmpty();
        report.TiesCreated.Single().Parties[1].Region.Id.Value.Should().Be("geonames:3435910");
    }

    [Fact]
    public void The_report_says_which_place_a_shared_name_was_filed_under_and_why()
    {
        var report = Import("home,partner,partner country\nKR-41,Springfield,United States\n");

        var shared = report.SharedNames.Should().ContainSingle().Subject;
        shared.Chosen.Parent!.Id.Value.Should().Be("US-IL");
        shared.Candidates.Count.Should().BeGreaterThan(10);
        shared.Rule.Should().Contain("first-level division");
    }

    private static ImportReport ImportPairs(string list) =>
        PairList.Import(Register.Open(), new StringReader(list), new PairListOptions { Places = Gazetteer.Resolver });
}
