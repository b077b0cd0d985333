using static Diplomacy.Core.Sheets.Tests.Sheets;

namespace Diplomacy.Core.Sheets.Tests;

/// <summary>A sheet is read as spreadsheets write it: quoted cells, a byte order mark, blank lines, CRLF, any usual separator.</summary>
public sealed class SheetTextQuirks
{
    [Fact]
    public void A_quoted_cell_may_hold_the_separator_a_doubled_quote_and_a_line_break()
    {
        var register = GyeonggiRegister();

        var report = Import(register, "home,partner,partner country,notes\nKR-41,\"Suwon, old town\",KR,\"Signed at the \"\"Hwaseong\"\" fortress\nwith a parade\"\nKR-41,Tianjin,CN,plain\n");

        report.Refused.Should().BeEmpty();
        report.TiesCreated.Select(t => t.Parties[1].Region.Name).Should().Equal("Suwon, old town", "天津市");
        report.TiesCreated[0].Notes.Should().Equal("Signed at the \"Hwaseong\" fortress\nwith a parade");
    }

    [Fact]
    public void A_row_after_a_quoted_line_break_is_reported_at_its_own_line()
    {
        var report = Import(GyeonggiRegister(), "home,partner,partner country,notes\nKR-41,Tianjin,CN,\"two\nlines\"\nKR-41,Atlantis,Nowhere,x\n");

        report.Refused.Single().Line.Should().Be(4);
    }

    [Fact]
    public void A_byte_order_mark_before_the_header_is_not_part_of_the_first_column_name()
    {
        var report = Import(GyeonggiRegister(), "\uFEFFhome,partner,partner country\nKR-41,Tianjin,CN\n");

        report.TiesCreated.Should().ContainSingle();
    }

    [Fact]
    public void A_byte_order_mark_in_a_stream_is_read_as_such()
    {
        var bytes = System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes("home,partner,partner country\nKR-41,Tianjin,CN\n")).ToArray();

        var report = RegisterSheet.Import(GyeonggiRegister(), new MemoryStream(bytes), null);

        report.TiesCreated.Should().ContainSingle();
    }

    [Fact]
    public void Blank_lines_are_skipped_and_not_counted_but_line_numbers_count_them()
    {
        var report = Import(GyeonggiRegister(), "home,partner,partner country\n\nKR-41,Tianjin,CN\n   \n\nKR-41,Atlantis,Nowhere\n\n");

        report.RowsRead.Should().Be(2);
        report.Refused.Single().Line.Should().Be(6);
    }

    [Fact]
    public void Lines_ending_in_CRLF_are_read_as_lines_ending_in_LF()
    {
        var report = Import(GyeonggiRegister(), "home,partner,partner country,kind\r\nKR-41,Tianjin,CN,MOU\r\nKR-41,Chongqing,CN,friendship\r\n");

        report.TiesCreated.Select(t => t.Kind).Should().Equal(Agreements.AgreementKind.CooperationMemorandum, Agreements.AgreementKind.Friendship);
        report.TiesCreated.Select(t => t.Parties[1].Region.Id.Value).Should().Equal("CN-TJ", "CN-CQ");
    }

    [Theory]
    [InlineData("home\tpartner\tpartner country\nKR-41\tTianjin\tCN\n")]
    [InlineData("home;partner;partner country\nKR-41;Tianjin;CN\n")]
    [InlineData("home,partner,partner country\nKR-41,Tianjin,CN\n")]
    public void The_separator_is_detected_from_the_header(string sheet)
    {
        Import(GyeonggiRegister(), sheet).TiesCreated.Should().ContainSingle();
    }

    [Fact]
    public void A_separator_given_is_used_whatever_the_header_holds()
    {
        var report = Import(GyeonggiRegister(), "home|partner|partner country\nKR-41|Tianjin|CN\n", new SheetImportOptions { Separator = '|' });

        report.TiesCreated.Should().ContainSingle();
    }

    [Theory]
    [InlineData("home,partner,partner country\nKR-41,Tianjin\n", 2)]
    [InlineData("home,partner,partner country\nKR-41,Tianjin,CN,extra\n", 4)]
    public void A_row_with_another_number_of_cells_than_the_header_is_refused_with_its_line(string sheet, int cells)
    {
        var register = GyeonggiRegister();

        var report = Import(register, sheet);

        var refused = report.Refused.Single();
        refused.Should().Match<RefusedRow>(r => r.Line == 2 && r.Reason == RowRefusalReason.WrongCellCount && r.Rule == null);
        refused.Message.Should().Contain(cells.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Size(register).Should().Be((2, 0));
    }

    [Fact]
    public void A_header_without_a_partner_column_stops_the_import_naming_the_columns_it_has()
    {
        var register = GyeonggiRegister();

        var import = () => Import(register, "home,twin\nKR-41,Tianjin\n");

        import.Should().Throw<FormatException>().WithMessage("*'partner'*'home', 'twin'*");
        Size(register).Should().Be((2, 0));
    }

    [Fact]
    public void Columns_are_mapped_by_the_header_names_the_caller_gives_in_any_case()
    {
        var columns = new SheetColumns { Home = "City", Partner = "Twin", PartnerCountry = "Country", Date = "Since" };

        var report = Import(GyeonggiRegister(), "CITY,twin,country,since\nKR-41,Tianjin,CN,1993-10\n", new SheetImportOptions { Columns = columns });

        report.TiesCreated.Single().SignedOn.ToString().Should().Be("1993-10");
    }

    [Fact]
    public void The_partner_column_may_come_first()
    {
        var report = Import(GyeonggiRegister(), "partner,home\nTianjin,KR-41\n");

        report.TiesCreated.Single().Parties.Select(p => p.Region.Id.Value).Should().Equal("KR-41", "CN-TJ");
    }

    [Fact]
    public void An_empty_text_reads_no_row()
    {
        var report = Import(GyeonggiRegister(), string.Empty);

        report.RowsRead.Should().Be(0);
        report.Landed.Should().BeTrue();
    }

    [Fact]
    public void A_row_with_half_a_surrogate_pair_is_refused_as_malformed_text_and_the_rest_lands()
    {
        var register = GyeonggiRegister();

        var report = Import(register, "home,partner,partner country\nKR-41,Bad\uD800name,CN\nKR-41,Tianjin,CN\nKR-41,\uD83D\uDE00 City,CN\n");

        report.Refused.Single().Should().Match<RefusedRow>(r => r.Line == 2 && r.Reason == RowRefusalReason.MalformedText && r.Message.StartsWith("Cell 2 "));
        report.TiesCreated.Should().HaveCount(2);
    }

    [Fact]
    public void Half_a_surrogate_pair_in_the_first_cell_is_malformed_text_in_cell_1()
    {
        var report = Import(GyeonggiRegister(), "home,partner,partner country\nKR\uD800,Tianjin,CN\n");

        report.Refused.Single().Should().Match<RefusedRow>(r => r.Reason == RowRefusalReason.MalformedText && r.Message.StartsWith("Cell 1 "));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Half_a_surrogate_pair_anywhere_in_a_cell_is_malformed_text(bool lowHalfFirst)
    {
        // Built here: an attribute's string cannot hold half a pair.
        var cell = lowHalfFirst ? "\uDC00x" : "x\uD800";
        var report = Import(GyeonggiRegister(), $"home,partner,partner country\nKR-41,{cell},CN\n");

        report.Refused.Single().Reason.Should().Be(RowRefusalReason.MalformedText);
    }

    [Fact]
    public void Fields_are_separated_by_semicolons_or_commas_and_blanks_between_them_are_dropped()
    {
        var report = Import(GyeonggiRegister(), "home,partner,fields\nKR-41,CN-SH,\"economy, trade;; ICT ; \"\n");

        report.TiesCreated.Single().Fields.Select(f => f.Name).Should().Equal("economy", "trade", "ICT");
    }

    [Fact]
    public void A_column_name_the_caller_gives_matches_whatever_spaces_surround_it()
    {
        var report = Import(GyeonggiRegister(), "City,Twin\nKR-41,CN-SH\n", new SheetImportOptions { Columns = new SheetColumns { Home = " city ", Partner = "twin " } });

        report.TiesCreated.Should().ContainSingle();
    }

    [Fact]
    public void A_note_is_kept_as_one_note_and_an_empty_one_adds_none()
    {
        var report = Import(GyeonggiRegister(), "home,partner,notes\nKR-41,CN-SH,\"one; two\"\nKR-41,CN-TJ,\n");

        report.TiesCreated.Select(t => t.Notes.Count).Should().Equal(1, 0);
    }

    [Fact]
    public void A_header_without_a_home_column_names_the_home_column()
    {
        var import = () => Import(GyeonggiRegister(), "city,partner\nKR-41,Tianjin\n");

        import.Should().Throw<FormatException>().WithMessage("The sheet's header (line 1) has no 'home' column*");
    }

    [Fact]
    public void A_stream_is_left_open()
    {
        var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes("home,partner\nKR-41,CN-SH\n"));
        var list = new MemoryStream(System.Text.Encoding.UTF8.GetBytes("KR-41,CN-SH\n"));

        RegisterSheet.Import(GyeonggiRegister(), stream, null);
        PairList.Import(GyeonggiRegister(), list, null);

        stream.CanRead.Should().BeTrue();
        list.CanRead.Should().BeTrue();
    }
}
