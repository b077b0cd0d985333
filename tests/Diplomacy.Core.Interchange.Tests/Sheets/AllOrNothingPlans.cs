using Diplomacy.Core.Interchange.Sheets;
using Diplomacy.Core.Portfolio;
using static Diplomacy.Core.Interchange.Tests.Sheets.Sheets;

namespace Diplomacy.Core.Interchange.Tests.Sheets;

/// <summary>
/// All or nothing, a place an earlier row planned is not in the register yet; a later row still finds it, by key in any
/// case and by name, instead of planning it twice or refusing it. A place taken from the catalog comes with the
/// ancestors the register lacks, country first.
/// </summary>
public sealed class AllOrNothingPlans
{
    private static readonly PairListOptions AllOrNothing = new() { AllOrNothing = true };

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
    public void A_catalog_region_is_created_after_its_country_and_its_parent_subdivision()
    {
        var register = Register.Open();

        var report = ImportPairs(register, "GB-KEN,Q956\n");

        report.RegionsCreated.Select(r => r.Id.Value).Should().Equal("GB", "GB-ENG", "GB-KEN", "Q956");
        report.TiesCreated.Should().ContainSingle();
    }
}
