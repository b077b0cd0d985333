using Diplomacy.Core.Portfolio;
using static Diplomacy.Core.Sheets.Tests.Fixtures.Workbooks;
using static Diplomacy.Core.Sheets.Tests.Sheets;

namespace Diplomacy.Core.Sheets.Tests;

/// <summary>A workbook's sheet goes through the register sheet's own import: the same rows give the same ties, refusals and report as the CSV text.</summary>
public sealed class WorkbookImport
{
    [Fact]
    public void A_sheet_of_a_workbook_gives_the_same_ties_and_report_as_the_same_rows_written_as_CSV()
    {
        const string csv =
            "home,partner,partner country,kind,date,fields,notes\n" +
            "경기도,Shanghai,China,MOU,2025-09-25,economy; trade,At the Expo\n" +
            "Gyeonggi,Hwaseong-si,KR,friendship,1993-10,,\n" +
            "KR-41,Atlantis City,Atlantis,MOU,2011,,\n" +
            "Shanghai,Gyeonggi,KR,MOU,2025-09-25,,\n";
        var rows = csv.TrimEnd().Split('\n').Select(line => Texts(line.Split(','))).ToArray();
        var fromText = GyeonggiRegister();
        var fromWorkbook = GyeonggiRegister();

        var textReport = Import(fromText, csv);
        var workbookReport = RegisterWorkbook.Import(fromWorkbook, Sheet(rows));

        Facts(fromWorkbook).Should().Equal(Facts(fromText));
        workbookReport.ToString().Should().Be(textReport.ToString());
        workbookReport.Refused.Select(row => (row.Line, row.Reason)).Should().Equal(textReport.Refused.Select(row => (row.Line, row.Reason)));
    }

    [Fact]
    public void A_refused_row_is_reported_by_its_row_number_in_the_sheet_blank_rows_counted()
    {
        var workbook = Build([("Sheet1", SheetXml([Texts("home", "partner", "kind")]).Replace("</sheetData>", $"""<row r="5">{string.Concat(Texts("KR-41", "CN-SH", "alliance"))}</row></sheetData>""", StringComparison.Ordinal))]);

        var report = RegisterWorkbook.Import(GyeonggiRegister(), workbook);

        report.Refused.Should().ContainSingle().Which.Should().Match<RefusedRow>(row => row.Line == 5 && row.Reason == RowRefusalReason.UnknownKind);
    }

    [Fact]
    public void Cells_Excel_does_not_store_read_as_empty_and_a_row_past_the_header_is_refused_as_the_wrong_number_of_cells()
    {
        var workbook = Sheet(
            Texts("home", "partner", "kind", "date"),
            [At("A2", Text("KR-41")), At("B2", Text("CN-SH")), At("D2", Text("2025-09-25"))],
            [At("A3", Text("KR-41")), At("B3", Text("JP-13"))],
            [At("A4", Text("KR-41")), At("B4", Text("US-CA")), At("E4", Text("stray"))]);

        var register = GyeonggiRegister();
        var report = RegisterWorkbook.Import(register, workbook);

        report.TiesCreated.Select(tie => tie.SignedOn.ToString()).Should().Equal("2025-09-25", "unknown");
        report.TiesCreated.Should().OnlyContain(tie => tie.Kind == Agreements.AgreementKind.SisterCity);
        report.Refused.Should().ContainSingle().Which.Should().Match<RefusedRow>(row => row.Line == 4 && row.Reason == RowRefusalReason.WrongCellCount);
    }

    [Fact]
    public void Text_is_read_as_written_from_shared_strings_with_their_runs_joined_and_phonetic_guides_left_out()
    {
        const string strings =
            "<si><t>home</t></si><si><t>partner</t></si><si><t>KR-41</t></si>" +
            """<si><r><t>Yoko</t></r><r><t>hama</t></r></si><si><t>横浜市</t><rPh sb="0" eb="3"><t>ヨコハマシ</t></rPh></si><si><t>JP</t></si><si><t>partner country</t></si>""";
        var sheet = SheetXml([
            [.. new[] { 0, 1, 6 }.Select(Shared)],
            [Shared(2), Shared(3), Shared(5)],
            [Shared(2), Shared(4), Shared(5)],
        ]);

        var register = GyeonggiRegister();
        RegisterWorkbook.Import(register, Build([("Sheet1", sheet)], strings));

        register.Agreements.Select(tie => tie.Parties[1].Region.Name).Should().Equal("Yokohama", "横浜市");

        static string Shared(int index) => $"""<c t="s"><v>{index}</v></c>""";
    }

    [Fact]
    public void A_truth_value_reads_as_TRUE_or_FALSE_and_a_formula_keeps_its_text_result()
    {
        var workbook = Sheet(
            Texts("home", "partner", "notes", "fields"),
            [Text("KR-41"), Text("CN-SH"), """<c t="b"><v>1</v></c>""", """<c t="str"><f>CONCAT("cul","ture")</f><v>culture</v></c>"""],
            [Text("KR-41"), Text("JP-13"), """<c t="b"><v>0</v></c>""", """<c t="e"><v>#N/A</v></c>"""]);

        var register = GyeonggiRegister();
        RegisterWorkbook.Import(register, workbook);

        register.Agreements.Select(tie => $"{string.Join(",", tie.Notes)} {string.Join(",", tie.Fields)}").Should().Equal("TRUE culture", "FALSE #N/A");
    }

    [Fact]
    public void An_empty_sheet_lands_nothing_and_reports_no_rows()
    {
        var register = GyeonggiRegister();

        var report = RegisterWorkbook.Import(register, Sheet());

        report.RowsRead.Should().Be(0);
        Size(register).Should().Be((2, 0));
    }

    [Fact]
    public void A_sheet_without_home_and_partner_columns_is_refused_whole_as_a_CSV_sheet_is()
    {
        var register = GyeonggiRegister();

        var import = () => RegisterWorkbook.Import(register, Sheet(Texts("city", "twin"), Texts("KR-41", "CN-SH")));

        import.Should().Throw<FormatException>().Which.Should().NotBeOfType<WorkbookRefusedException>();
        Size(register).Should().Be((2, 0));
    }

    [Fact]
    public void Import_refuses_null_arguments_by_name_and_leaves_the_stream_open()
    {
        var noRegister = () => RegisterWorkbook.Import(null!, Sheet());
        var noStream = () => RegisterWorkbook.Import(Register.Open(), null!);
        using var stream = Sheet(Texts("home", "partner"));

        RegisterWorkbook.Import(Register.Open(), stream);

        noRegister.Should().Throw<ArgumentNullException>().WithParameterName("register");
        noStream.Should().Throw<ArgumentNullException>().WithParameterName("stream");
        stream.CanRead.Should().BeTrue();
    }

    [Fact]
    public void A_row_of_no_cells_or_only_empty_strings_is_skipped_as_blank()
    {
        var sheet = SheetXml([Texts("home", "partner"), ["<c t=\"inlineStr\"><is/></c>"], Texts("KR-41", "CN-SH")])
            .Replace("</sheetData>", "<row r=\"9\"><extLst/></row></sheetData>", StringComparison.Ordinal);

        var report = RegisterWorkbook.Import(GyeonggiRegister(), Build([("Sheet1", sheet)]));

        report.RowsRead.Should().Be(1);
    }

    [Fact]
    public void A_workbook_without_styles_reads_every_number_as_its_digits()
    {
        var workbook = Build([("Sheet1", SheetXml([Texts("home", "partner", "date"), [Text("KR-41"), Text("CN-SH"), Number("1993", 1)]]))], withStyles: false);

        RegisterWorkbook.Import(GyeonggiRegister(), workbook).TiesCreated.Single().SignedOn.ToString().Should().Be("1993");
    }
}
