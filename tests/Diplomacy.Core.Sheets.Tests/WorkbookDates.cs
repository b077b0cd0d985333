using static Diplomacy.Core.Sheets.Tests.Fixtures.Workbooks;
using static Diplomacy.Core.Sheets.Tests.Sheets;

namespace Diplomacy.Core.Sheets.Tests;

/// <summary>A number a date format shows is its day in the workbook's date system; a date typed as text is read as registers write it; any other number is its digits.</summary>
public sealed class WorkbookDates
{
    [Theory]
    [InlineData("24650", ShortDate, "1967-06-27")]
    [InlineData("24650.75", ShortDate, "1967-06-27")] // a time of day on the date is dropped
    [InlineData("24650", KoreanDate, "1967-06-27")] // a custom format with a year and a day
    [InlineData("61", ShortDate, "1900-03-01")] // the first day after Excel's false 29 February 1900
    [InlineData("59", ShortDate, "1900-02-28")] // the last day before it
    [InlineData("1", ShortDate, "1900-01-01")]
    [InlineData("2958465", ShortDate, "9999-12-31")]
    public void A_number_with_a_date_format_is_read_as_its_day(string serial, int style, string day)
    {
        SignedOn(Number(serial, style)).Should().Be(day);
    }

    [Fact]
    public void A_workbook_in_the_1904_date_system_counts_its_days_from_1_January_1904()
    {
        var sheet = SheetXml([Texts("home", "partner", "date"), [Text("KR-41"), Text("CN-SH"), Number("23188", ShortDate)]]);
        var register = GyeonggiRegister();

        RegisterWorkbook.Import(register, Build([("Sheet1", sheet)], date1904: true));

        register.Agreements.Single().SignedOn.ToString().Should().Be("1967-06-27");
    }

    [Theory]
    [InlineData("1993")] // a year typed as a number
    public void A_number_without_a_date_format_is_read_as_its_stored_digits_so_a_year_typed_as_a_number_is_that_year(string year)
    {
        SignedOn(Number(year)).Should().Be("1993");
    }

    [Theory]
    [InlineData("1967. 6. 27.", "1967-06-27")]
    [InlineData("1976.10.11", "1976-10-11")]
    [InlineData("1997年4月1日", "1997-04-01")]
    [InlineData("2019.11", "2019-11")]
    public void A_date_typed_as_text_is_read_as_registers_write_it(string text, string date)
    {
        SignedOn(Text(text)).Should().Be(date);
    }

    [Fact]
    public void A_cell_stored_as_an_ISO_date_is_its_day()
    {
        SignedOn("""<c t="d"><v>1967-06-27T00:00:00</v></c>""").Should().Be("1967-06-27");
    }

    [Theory]
    [InlineData("60", ShortDate)] // 29 February 1900, which Excel shows and no calendar has
    [InlineData("0", ShortDate)] // Excel's 0 January 1900
    [InlineData("0.5", TimeOfDay)] // a time of day is no date
    [InlineData("12.5", TwoDecimals)]
    public void A_number_that_is_no_day_stays_a_number_and_refuses_its_row_as_a_malformed_date(string value, int style)
    {
        var report = Import(Number(value, style));

        report.Refused.Should().ContainSingle().Which.Reason.Should().Be(RowRefusalReason.MalformedDate);
    }

    [Fact]
    public void A_signing_date_known_to_the_day_is_exported_as_an_Excel_date_and_a_partial_one_as_text()
    {
        var register = GyeonggiRegister();
        Sheets.Import(register, "home,partner,date\nKR-41,CN-SH,1967-06-27\nKR-41,JP-13,1993-10\nKR-41,US-CA,1899-12-01\n");
        using var workbook = new MemoryStream();

        RegisterWorkbook.Export(register, workbook);

        var rows = WorkbookReader.Rows(new MemoryStream(workbook.ToArray()), null, WorkbookLimits.Default);
        var xml = SheetPart(workbook);
        rows.Select(row => row.Cells[6]).Should().Equal("date", "1967-06-27", "1993-10", "1899-12-01");
        xml.Should().Contain("""<x:c r="G2" s="1"><x:v>24650</x:v></x:c>""").And.Contain("1993-10").And.Contain("1899-12-01");
    }

    [Theory]
    [InlineData("yyyy-mm-dd", true)]
    [InlineData("[$-412]yyyy\"년\" m\"월\" d\"일\"", true)]
    [InlineData("[$-411]ggge\"年\"m\"月\"d\"日\"", true)] // a Japanese era
    [InlineData("h:mm:ss", false)]
    [InlineData("[h]:mm", false)] // an elapsed time, its h in brackets
    [InlineData("0.00\" days\"", false)] // the d of quoted text
    [InlineData("#,##0\\d", false)] // an escaped d
    [InlineData("General", false)]
    [InlineData("0.00E+00", false)]
    [InlineData("_d0", false)] // the width of a d
    [InlineData("*d0", false)] // a fill of d
    [InlineData("[Red]#,##0", false)] // the d of a colour's name
    [InlineData("[Red]yyyy-mm-dd", true)]
    public void A_format_shows_a_date_when_it_has_a_day_a_year_or_an_era_outside_quotes_escapes_and_brackets(string code, bool date)
    {
        ExcelDates.IsDateFormat(code).Should().Be(date);
    }

    [Theory]
    [InlineData(14, true)]
    [InlineData(22, true)]
    [InlineData(27, true)] // Korean, Japanese and Chinese Excel's dates
    [InlineData(58, true)]
    [InlineData(0, false)]
    [InlineData(20, false)] // h:mm
    [InlineData(32, false)] // a time in Korean Excel
    [InlineData(55, false)] // a time in Chinese Excel
    public void A_built_in_format_shows_a_date_only_when_it_does_in_every_language_Excel_writes(int format, bool date)
    {
        var styles = $"""<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="{format}"/></cellXfs></styleSheet>""";

        ExcelDates.DateStyles(System.Xml.XmlReader.Create(new StringReader(styles))).Should().Equal(date);
    }

    [Fact]
    public void Only_the_cell_formats_count_not_the_cell_styles_before_them_nor_the_alignment_inside_a_format()
    {
        const string styles =
            """<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellStyleXfs count="2"><xf numFmtId="14"/><xf numFmtId="14"/></cellStyleXfs>""" +
            """<cellXfs count="2"><xf numFmtId="0" applyAlignment="1"><alignment horizontal="left"/></xf><xf numFmtId="14"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>""";

        ExcelDates.DateStyles(System.Xml.XmlReader.Create(new StringReader(styles))).Should().Equal(false, true);
    }

    [Fact]
    public void A_custom_format_without_a_code_shows_no_date()
    {
        const string styles =
            """<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164"/></numFmts><cellXfs count="1"><xf numFmtId="164"/></cellXfs></styleSheet>""";

        ExcelDates.DateStyles(System.Xml.XmlReader.Create(new StringReader(styles))).Should().Equal(false);
    }

    [Fact]
    public void A_cell_stored_as_an_ISO_date_whose_text_is_no_day_stays_as_written_and_refuses_its_row()
    {
        var report = Import("""<c t="d"><v>T10:30:00</v></c>""");

        report.Refused.Should().ContainSingle().Which.Should().Match<RefusedRow>(row => row.Reason == RowRefusalReason.MalformedDate && row.Message.Contains("T10:30:00"));
    }

    [Fact]
    public void The_day_before_1_January_1900_has_no_serial_number()
    {
        ExcelDates.ToSerial(new LocalDate(1899, 12, 31)).Should().BeNull();
        ExcelDates.ToSerial(new LocalDate(1900, 1, 1)).Should().Be(1);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("2958466")] // past 9999
    [InlineData("NaN")]
    [InlineData("date")]
    public void A_serial_number_no_day_of_the_calendar_is_no_date(string serial)
    {
        ExcelDates.FromSerial(serial, date1904: false).Should().BeNull();
        ExcelDates.FromSerial(serial, date1904: true).Should().BeNull();
    }

    [Fact]
    public void The_1904_system_counts_1_January_1904_as_0_and_ends_on_31_December_9999()
    {
        ExcelDates.FromSerial("0", date1904: true).Should().Be(new LocalDate(1904, 1, 1));
        ExcelDates.FromSerial("2957003", date1904: true).Should().Be(new LocalDate(9999, 12, 31));
        ExcelDates.FromSerial("2957004", date1904: true).Should().BeNull();
    }

    private static string SignedOn(string dateCell)
    {
        var register = GyeonggiRegister();
        var report = Import(dateCell, register);
        report.Refused.Should().BeEmpty();
        return register.Agreements.Single().SignedOn.ToString()!;
    }

    private static ImportReport Import(string dateCell, Portfolio.Register? register = null) =>
        RegisterWorkbook.Import(register ?? GyeonggiRegister(), Sheet(Texts("home", "partner", "date"), [Text("KR-41"), Text("CN-SH"), dateCell]));

    private static string SheetPart(MemoryStream workbook)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(workbook.ToArray()));
        var sheet = zip.Entries.Single(entry => entry.FullName.Contains("worksheets/", StringComparison.Ordinal));
        using var reader = new StreamReader(sheet.Open());
        return reader.ReadToEnd();
    }
}
