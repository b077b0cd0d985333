using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using static Diplomacy.Core.Sheets.Tests.Sheets;

namespace Diplomacy.Core.Sheets.Tests;

/// <summary>
/// One tie per pair and kind while it binds (the core's <see cref="Agreement.IsLikelyDuplicateOf"/>): a pair listed
/// again, in either direction, is merged into the first tie and reported, unless it was signed after that tie ended; a
/// self-tie is reported; neither stops the import.
/// </summary>
public sealed class TieFolding
{
    [Fact]
    public void A_pair_listed_in_both_directions_is_one_tie_and_the_other_direction_is_reported()
    {
        var register = GyeonggiRegister();

        var report = Import(register, "home,partner,kind\nKR-41,CN-SH,MOU\nCN-SH,KR-41,MOU\n");

        report.TiesCreated.Should().ContainSingle();
        report.Duplicates.Should().Equal(new DuplicateRow(3, report.TiesCreated[0].Id, OtherDirection: true));
        register.Agreements.Should().ContainSingle();
    }

    [Fact]
    public void A_row_repeated_in_the_same_direction_is_merged_keeping_the_first_row_s_date()
    {
        var register = GyeonggiRegister();

        var report = Import(register, "home,partner,kind,date\nKR-41,CN-SH,MOU,2025-09-25\nKR-41,CN-SH,mou,2024\n");

        report.Duplicates.Single().Should().Match<DuplicateRow>(d => d.Line == 3 && !d.OtherDirection);
        report.RegionsCreated.Select(r => r.Id.Value).Should().Equal("CN", "CN-SH");
        register.Agreements.Single().SignedOn.Should().Be(PartialDate.On(new LocalDate(2025, 9, 25)));
    }

    [Fact]
    public void A_row_repeating_a_tie_the_register_already_held_is_merged_into_it()
    {
        var register = GyeonggiRegister();
        Reference.Catalog.AddTo(register.Directory, "CN-SH");
        var held = Agreement.Sign(new AgreementId("GG-SH"), AgreementKind.CooperationMemorandum, [Held(register, "CN-SH"), Held(register, "KR-41")], new LocalDate(2025, 9, 25));
        register.Add(held);

        var report = Import(register, "home,partner,kind\nKR-41,Shanghai,MOU\n");

        report.Duplicates.Should().Equal(new DuplicateRow(2, held.Id, OtherDirection: true));
        register.Agreements.Should().Equal(held);
    }

    [Fact]
    public void A_row_signed_after_the_held_tie_ended_is_a_new_tie_as_the_register_itself_would_take_it()
    {
        var register = GyeonggiRegister();
        Reference.Catalog.AddTo(register.Directory, "CN-SH");
        var ended = Agreement.Sign(new AgreementId("GG-SH-2000"), AgreementKind.SisterCity, [Held(register, "KR-41"), Held(register, "CN-SH")], new LocalDate(2000, 1, 1));
        ended.Terminate(new LocalDate(2010, 6, 30), Held(register, "CN-SH"), "political");
        register.Add(ended);

        var report = Import(register, "home,partner,kind,date\nKR-41,CN-SH,sister city,2015-03-01\nKR-41,CN-SH,sister city,2009\n");

        report.TiesCreated.Single().SignedOn.Should().Be(PartialDate.On(new LocalDate(2015, 3, 1)));
        report.Duplicates.Should().Equal(new DuplicateRow(3, ended.Id, OtherDirection: false));
        register.Agreements.Should().HaveCount(2);
    }

    [Fact]
    public void A_row_whose_id_the_tie_it_repeats_holds_is_a_duplicate_so_an_exported_sheet_imports_again()
    {
        var register = GyeonggiRegister();

        Import(register, "home,partner,kind,id\nKR-41,CN-SH,MOU,GG-SH-2025\n");
        var again = Import(register, "home,partner,kind,id\nKR-41,CN-SH,MOU,GG-SH-2025\n");

        again.Duplicates.Should().Equal(new DuplicateRow(2, new AgreementId("GG-SH-2025"), OtherDirection: false));
        again.Refused.Should().BeEmpty();
        register.Agreements.Should().ContainSingle();
    }

    [Fact]
    public void Two_kinds_between_the_same_regions_are_two_ties()
    {
        var report = Import(GyeonggiRegister(), "home,partner,kind,date\nKR-41,CN-SH,friendship,1995\nKR-41,CN-SH,sister city,2005\n");

        report.TiesCreated.Select(t => t.Kind).Should().Equal(AgreementKind.Friendship, AgreementKind.SisterCity);
        report.Duplicates.Should().BeEmpty();
    }

    [Fact]
    public void A_row_naming_one_region_twice_is_reported_as_a_self_tie_and_the_rest_lands()
    {
        var register = GyeonggiRegister();

        var report = Import(register, "home,partner,partner country\nKR-41,Gyeonggi,KR\nKR-41,Tianjin,CN\n");

        report.SelfTies.Should().Equal(new SelfTieRow(2, Held(register, "KR-41")));
        report.TiesCreated.Should().ContainSingle();
        report.Refused.Should().BeEmpty();
    }

    [Fact]
    public void A_self_tie_adds_no_region_it_named()
    {
        var register = GyeonggiRegister();

        var report = Import(register, "home,home country,partner,partner country\nHwaseong-si,KR,hwaseong-si,KR\nKR-41,,KR-41,\nKR-41,,CN-SH,\n");

        report.SelfTies.Should().HaveCount(2);
        report.RegionsCreated.Select(r => r.Id.Value).Should().Equal("CN", "CN-SH");
        register.Directory.Resolve("KR:Hwaseong-si").Should().BeNull();
    }

    [Fact]
    public void A_tie_gets_an_id_made_of_its_regions_and_kind_unless_the_sheet_gives_one()
    {
        var report = Import(GyeonggiRegister(), "home,partner,kind,id\nKR-41,CN-SH,MOU,GG-SH-2025\nKR-41,CN-TJ,MOU,\n");

        report.TiesCreated.Select(t => t.Id.Value).Should().Equal("GG-SH-2025", "KR-41~CN-TJ~CooperationMemorandum");
    }

    [Fact]
    public void An_id_already_held_is_refused_and_a_made_id_already_held_gets_a_number()
    {
        var register = GyeonggiRegister();
        Reference.Catalog.AddTo(register.Directory, "CN-SH");
        register.Add(Agreement.Sign(new AgreementId("KR-41~CN-TJ~CooperationMemorandum"), AgreementKind.Friendship, [Held(register, "CN-SH"), Held(register, "KR-41")], new LocalDate(2025, 9, 25)));

        var report = Import(register, "home,partner,kind,id\nKR-41,CN-SH,MOU,kr-41~cn-tj~cooperationmemorandum\nKR-41,CN-TJ,MOU,\n");

        report.Refused.Single().Should().Match<RefusedRow>(r => r.Line == 2 && r.Reason == RowRefusalReason.IdTaken && r.Message.Contains("'kr-41~cn-tj~cooperationmemorandum'"));
        report.TiesCreated.Single().Id.Value.Should().Be("KR-41~CN-TJ~CooperationMemorandum~2");
    }

    [Fact]
    public void A_made_id_takes_the_first_number_from_2_that_no_agreement_holds()
    {
        var register = GyeonggiRegister();
        Reference.Catalog.AddTo(register.Directory, "CN-TJ");
        foreach (var taken in new[] { "KR-41~CN-TJ~CooperationMemorandum", "KR-41~CN-TJ~CooperationMemorandum~2" })
        {
            register.AddDistinct(Agreement.Sign(new AgreementId(taken), AgreementKind.Friendship, [Held(register, "KR-41"), Held(register, "CN-TJ")], new LocalDate(2025, 9, 25)));
        }

        var report = Import(register, "home,partner,kind\nKR-41,CN-TJ,MOU\n");

        report.TiesCreated.Single().Id.Value.Should().Be("KR-41~CN-TJ~CooperationMemorandum~3");
    }

    [Fact]
    public void A_tie_of_three_parties_the_register_holds_is_no_duplicate_of_a_pair_of_them()
    {
        var register = GyeonggiRegister();
        Reference.Catalog.AddTo(register.Directory, "CN-SH");
        Reference.Catalog.AddTo(register.Directory, "CN-TJ");
        register.Add(Agreement.Sign(new AgreementId("T"), AgreementKind.CooperationMemorandum, [Held(register, "KR-41"), Held(register, "CN-SH"), Held(register, "CN-TJ")], new LocalDate(2025, 1, 1)));

        var report = Import(register, "home,partner,kind\nKR-41,CN-SH,MOU\n");

        report.TiesCreated.Should().ContainSingle();
        report.Duplicates.Should().BeEmpty();
    }
}
