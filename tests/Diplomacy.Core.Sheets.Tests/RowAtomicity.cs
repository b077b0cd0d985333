using Diplomacy.Core.Portfolio;
using static Diplomacy.Core.Sheets.Tests.Sheets;

namespace Diplomacy.Core.Sheets.Tests;

/// <summary>
/// A row lands whole or is refused whole; a refused row stops nothing, unless the import is all or nothing, when it
/// keeps every row out.
/// </summary>
public sealed class RowAtomicity
{
    [Fact]
    public void A_refused_row_leaves_no_region_it_would_have_created()
    {
        var register = GyeonggiRegister();

        var report = Import(register, "home,partner,partner country,date\nKR-41,Kinsale,IE,not a date\n");

        report.Refused.Single().Reason.Should().Be(RowRefusalReason.MalformedDate);
        Size(register).Should().Be((2, 0));
        register.Directory.Resolve("IE").Should().BeNull();
        report.RegionsCreated.Should().BeEmpty();
        report.RegionsMatched.Should().BeEmpty();
    }

    [Fact]
    public void A_refused_row_s_places_are_forgotten_by_name_too_and_a_later_row_finds_its_own_by_name()
    {
        var register = Register.Open();

        // The first row's second place is looked up by name after its first was planned, and then the row is refused.
        var report = Import(
            register,
            "home,home country,partner,partner country,kind\nZqxville,KR,Yqxville,KR,no such kind\nZqxville,KR,Zqxville,,\nZqxville,KR,Yqxville,KR,\n");

        report.Refused.Single().Should().Match<RefusedRow>(r => r.Line == 2 && r.Reason == RowRefusalReason.UnknownKind);
        report.SelfTies.Single().Line.Should().Be(3);
        report.TiesCreated.Should().ContainSingle();
        report.RegionsCreated.Select(r => r.Id.Value).Should().Equal("KR", "KR:Zqxville", "KR:Yqxville");
    }

    [Fact]
    public void The_first_place_a_refused_row_planned_is_undone_too_so_a_later_row_that_lands_does_not_create_it()
    {
        var register = GyeonggiRegister();

        // The second row finds China in the first row's look-up of countries, so that the home it plans is the first thing it undoes.
        var report = Import(
            register,
            "home,home country,partner,partner country,date\nKR-41,,Tianjin,CN,1993\nFootown,CN,KR-41,,not a date\nKR-41,,Chongqing,CN,1995\n");

        report.Refused.Single().Line.Should().Be(3);
        register.Directory.Resolve("CN:Footown").Should().BeNull();
        report.RegionsCreated.Select(r => r.Id.Value).Should().Equal("CN", "CN-TJ", "CN-CQ");
    }

    [Fact]
    public void A_place_a_refused_row_planned_is_created_again_by_a_later_row_that_lands()
    {
        var register = GyeonggiRegister();

        var report = Import(register, "home,partner,partner country,kind\nKR-41,Kinsale,IE,alliance\nKR-41,Kinsale,IE,MOU\n");

        report.Refused.Should().ContainSingle();
        report.TiesCreated.Should().ContainSingle();
        report.RegionsCreated.Select(r => r.Id.Value).Should().Equal("IE", "IE:Kinsale");
        register.Directory.Resolve("IE:Kinsale").Should().NotBeNull();
    }

    [Fact]
    public void Rows_after_a_refused_row_still_land_by_default()
    {
        var register = GyeonggiRegister();

        var report = Import(register, "home,partner,partner country\nKR-41,Tianjin,CN\nKR-41,Nowhere,Atlantis\nKR-41,Chongqing,CN\n");

        report.Landed.Should().BeTrue();
        report.RowsRead.Should().Be(3);
        report.TiesCreated.Should().HaveCount(2);
        report.Refused.Single().Line.Should().Be(3);
        register.Agreements.Should().HaveCount(2);
    }

    [Fact]
    public void All_or_nothing_one_refused_row_keeps_every_row_out()
    {
        var register = GyeonggiRegister();

        var report = Import(register, "home,partner,partner country\nKR-41,Tianjin,CN\nKR-41,Nowhere,Atlantis\nKR-41,Chongqing,CN\n", new SheetImportOptions { AllOrNothing = true });

        report.Landed.Should().BeFalse();
        report.Refused.Single().Line.Should().Be(3);
        report.TiesCreated.Should().BeEmpty();
        report.RegionsCreated.Should().BeEmpty();
        Size(register).Should().Be((2, 0));
    }

    [Fact]
    public void All_or_nothing_without_a_refused_row_lands_every_row_and_later_rows_see_earlier_rows_places()
    {
        var register = GyeonggiRegister();

        var report = Import(
            register,
            "home,partner,partner country,kind\nKR-41,Kinsale,IE,MOU\nKR-41,kinsale,IE,friendship\nKR-41,Kinsale,IE,MOU\n",
            new SheetImportOptions { AllOrNothing = true });

        report.Landed.Should().BeTrue();
        report.TiesCreated.Should().HaveCount(2);
        report.Duplicates.Should().ContainSingle();
        report.RegionsCreated.Select(r => r.Id.Value).Should().Equal("IE", "IE:Kinsale");
        Size(register).Should().Be((4, 2));
    }

    [Fact]
    public void A_duplicate_and_a_self_tie_do_not_count_as_refused_in_all_or_nothing_mode()
    {
        var report = Import(GyeonggiRegister(), "home,partner\nKR-41,CN-SH\nCN-SH,KR-41\nKR-41,KR-41\n", new SheetImportOptions { AllOrNothing = true });

        report.Landed.Should().BeTrue();
        report.TiesCreated.Should().ContainSingle();
    }

    [Fact]
    public void The_report_sums_up_in_one_line()
    {
        var report = Import(GyeonggiRegister(), "home,partner,partner country\nKR-41,Tianjin,CN\nTianjin,KR-41,\nKR-41,KR-41,\nKR-41,Nowhere,Atlantis\n");

        report.ToString().Should().Be("4 rows read: 1 ties created, 1 duplicates merged, 1 self-ties, 1 refused; 2 regions created, 1 matched");
        report.Refused.Single().ToString().Should().StartWith("line 5: The country 'Atlantis'");
    }

    [Fact]
    public void An_import_that_landed_nothing_says_so()
    {
        var report = Import(GyeonggiRegister(), "home,partner,partner country\nKR-41,Nowhere,Atlantis\n", new SheetImportOptions { AllOrNothing = true });

        report.ToString().Should().EndWith("; nothing landed");
    }

    [Fact]
    public void Null_arguments_are_refused_by_name()
    {
        var noRegister = () => RegisterSheet.Import(null!, new StringReader(string.Empty));
        var noReader = () => RegisterSheet.Import(GyeonggiRegister(), (TextReader)null!);
        var noStream = () => PairList.Import(GyeonggiRegister(), (Stream)null!, null);

        noRegister.Should().Throw<ArgumentNullException>().WithParameterName("register");
        noReader.Should().Throw<ArgumentNullException>().WithParameterName("reader");
        noStream.Should().Throw<ArgumentNullException>().WithParameterName("stream");
    }

    [Fact]
    public void A_pair_list_refuses_null_arguments_by_name()
    {
        var noRegister = () => PairList.Import(null!, new StringReader(string.Empty));
        var noReader = () => PairList.Import(GyeonggiRegister(), (TextReader)null!);

        noRegister.Should().Throw<ArgumentNullException>().WithParameterName("register");
        noReader.Should().Throw<ArgumentNullException>().WithParameterName("reader");
    }
}
