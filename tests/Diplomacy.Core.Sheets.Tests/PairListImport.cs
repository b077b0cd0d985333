using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio;
using static Diplomacy.Core.Sheets.Tests.Sheets;

namespace Diplomacy.Core.Sheets.Tests;

/// <summary>A pair list, like the Wikidata twinning crawl, gives one tie per pair of regions, whichever side states it.</summary>
public sealed class PairListImport
{
    [Fact]
    public void A_Wikidata_pair_list_gives_one_sister_city_tie_per_pair_of_unknown_date()
    {
        var register = Register.Open();

        var report = ImportPairs(register, "Q8686\tQ956\nQ956\tQ8686\nQ8686\tQ90\n");

        report.TiesCreated.Should().HaveCount(2).And.OnlyContain(t => t.Kind == AgreementKind.SisterCity && t.SignedOn == PartialDate.Unknown);
        report.Duplicates.Should().Equal(new DuplicateRow(2, report.TiesCreated[0].Id, OtherDirection: true));
        report.RegionsCreated.Select(r => r.Id.Value).Should().Equal("Q8686", "Q956", "Q90");
    }

    [Fact]
    public void A_place_known_only_by_its_Wikidata_id_has_no_parent_and_the_options_zone()
    {
        var report = ImportPairs(Register.Open(), "Q8686,Q956\n", new PairListOptions { TimeZoneIdForPlacesWithoutCountry = "Asia/Shanghai" });

        report.RegionsCreated.Should().OnlyContain(r => r.Parent == null && r.TimeZone.Id == "Asia/Shanghai" && r.WikidataId != null);
        report.RegionsCreated[0].Name.Should().Be("Q8686");
    }

    [Fact]
    public void A_Wikidata_id_the_register_holds_is_matched()
    {
        var register = Register.Open();
        var shanghai = Region.CreatePlace(RegionId.For(WikidataId.Parse("Q8686")), AdministrativeKind.City, RegionNames.Of("en", "Shanghai"), null, "Asia/Shanghai", WikidataId.Parse("Q8686"));
        register.Directory.Add(shanghai);

        var report = ImportPairs(register, "Q8686\tQ956\n");

        report.RegionsMatched.Should().Equal(shanghai);
        report.RegionsCreated.Should().ContainSingle();
    }

    [Fact]
    public void In_an_undirected_list_the_pair_listed_again_the_other_way_is_a_plain_repeat()
    {
        var report = ImportPairs(Register.Open(), "Q8686,Q956\nQ956,Q8686\n", new PairListOptions { Directed = false });

        report.Duplicates.Single().OtherDirection.Should().BeFalse();
    }

    [Fact]
    public void Codes_and_names_with_their_country_after_a_comma_make_pairs_too()
    {
        var register = GyeonggiRegister();

        var report = ImportPairs(register, "first;second\nKR-41;Shanghai\n\"Suwon-si, Korea\";\"Jinan, People's Republic of China\"\n", new PairListOptions { HasHeader = true });

        report.Refused.Should().BeEmpty();
        report.TiesCreated.Select(t => $"{t.Parties[0].Region.Country!.Id}-{t.Parties[1].Region.Country!.Id}").Should().Equal("KR-CN", "KR-CN");
    }

    [Fact]
    public void The_kind_of_every_tie_is_the_options_kind()
    {
        var report = ImportPairs(GyeonggiRegister(), "KR-41,CN-SH\n", new PairListOptions { Kind = AgreementKind.Friendship });

        report.TiesCreated.Single().Kind.Should().Be(AgreementKind.Friendship);
    }

    [Theory]
    [InlineData("Q8686\n")]
    [InlineData("Q8686,Q956,Q90\n")]
    public void A_row_of_other_than_two_cells_is_refused_with_its_line(string row)
    {
        var register = Register.Open();

        var report = ImportPairs(register, "Q1,Q2\n" + row);

        report.Refused.Single().Should().Match<RefusedRow>(r => r.Line == 2 && r.Reason == RowRefusalReason.WrongCellCount && r.Message.Contains("where a pair list has two"));
        Size(register).Should().Be((2, 1));
    }

    [Fact]
    public void A_pair_of_one_region_is_a_self_tie()
    {
        var report = ImportPairs(Register.Open(), "Q8686,q8686\n");

        report.SelfTies.Single().Line.Should().Be(1);
        report.RegionsCreated.Should().BeEmpty();
    }

    [Fact]
    public void A_pair_list_in_a_stream_is_read_as_UTF8()
    {
        var report = PairList.Import(GyeonggiRegister(), new MemoryStream(System.Text.Encoding.UTF8.GetBytes("경기도,上海市\n")), null);

        report.TiesCreated.Single().Parties[1].Region.Id.Value.Should().Be("CN-SH");
    }

    [Fact]
    public void All_or_nothing_a_refused_pair_keeps_every_pair_out()
    {
        var register = Register.Open();

        var report = ImportPairs(register, "Q1,Q2\nQ3,Atlantis\n", new PairListOptions { AllOrNothing = true });

        report.Landed.Should().BeFalse();
        Size(register).Should().Be((0, 0));
    }
    [Fact]
    public void A_pair_list_tie_has_no_note_and_an_id_made_from_its_two_places_and_its_kind()
    {
        var report = ImportPairs(Register.Open(), "Q8686,Q956\n");

        var tie = report.TiesCreated.Single();
        tie.Id.Value.Should().Be("Q8686~Q956~SisterCity");
        tie.Notes.Should().BeEmpty();
    }
}
