using CsCheck;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Interchange.Tests.Json.Fixtures;
using Diplomacy.Core.Portfolio;
using static Diplomacy.Core.Sheets.Tests.Sheets;

namespace Diplomacy.Core.Sheets.Tests;

/// <summary>A register exported to a workbook and the workbook imported into an empty register give the same ties, as the CSV sheet does.</summary>
public sealed class WorkbookExportRoundTrip
{
    [Fact]
    public void Every_register_of_ties_between_catalog_regions_survives_export_to_a_workbook_and_import()
    {
        var codes = new[] { "KR-41", "KR-11", "CN-SH", "CN-TJ", "JP-13", "US-CA", "Q90", "Q64" };
        var dates = new[] { string.Empty, "1993-10", "2011", "..2025-09-22", "2025-09-25", "1899-12-31", "1900-02-28", "1900-03-01", "2001-01-01..2001-06-30", "1990-01-01..1999-12-31" };
        var notes = new[] { string.Empty, "Signed in Shanghai, at the \"Expo\"", "  padded  ", "줄\n바꿈" };
        var rows = Gen.Select(Gen.Int[0, codes.Length - 1], Gen.Int[0, codes.Length - 1], Gen.Enum<AgreementKind>(), Gen.Int[0, dates.Length - 1], Gen.Int[0, notes.Length - 1])
            .Select((a, b, kind, date, note) => (codes[a], codes[b], codes[b].StartsWith('Q') ? "DE" : string.Empty, kind, dates[date], notes[note]))
            .List[0, 25];

        rows.Sample(
            lines =>
            {
                var original = Register.Open();
                var sheet = new StringWriter();
                sheet.WriteLine("home,partner,partner country,kind,date,notes");
                foreach (var (home, partner, country, kind, date, note) in lines)
                {
                    sheet.WriteLine($"{home},{partner},{country},{kind},{date},\"{note.Replace("\"", "\"\"", StringComparison.Ordinal)}\"");
                }

                Import(original, sheet.ToString());
                using var workbook = new MemoryStream();
                RegisterWorkbook.Export(original, workbook);
                workbook.Position = 0;
                var copy = Register.Open();
                var report = RegisterWorkbook.Import(copy, workbook);
                return report.Refused.Count == 0 && Facts(copy).SequenceEqual(Facts(original));
            },
            iter: PropertySamples.Of(100));
    }

    [Fact]
    public void The_export_counts_the_rows_written_and_lists_the_ties_the_sheet_cannot_hold()
    {
        var register = GyeonggiRegister();
        Import(register, "home,partner\nKR-41,CN-SH\nKR-41,JP-13\n");
        Reference.Catalog.AddTo(register.Directory, "CN-TJ");
        var proposed = Agreement.Propose(new AgreementId("P"), AgreementKind.SisterCity, [Held(register, "KR-41"), Held(register, "CN-TJ")], new LocalDate(2025, 1, 1));
        register.Add(proposed);
        using var workbook = new MemoryStream();

        var export = RegisterWorkbook.Export(register, workbook);

        export.RowsWritten.Should().Be(2);
        export.LeftOut.Should().Equal(proposed);
        WorkbookReader.Rows(new MemoryStream(workbook.ToArray()), "Register", WorkbookLimits.Default)[0].Cells
            .Should().Equal("id", "home", "home country", "partner", "partner country", "kind", "date", "fields", "notes");
    }

    [Fact]
    public void The_workbook_is_flushed_to_the_stream_when_the_export_returns()
    {
        using var file = new MemoryStream();
        using var buffered = new BufferedStream(file, 1 << 20);

        RegisterWorkbook.Export(GyeonggiRegister(), buffered);

        file.Length.Should().BePositive();
    }

    [Fact]
    public void Export_refuses_null_arguments_by_name_and_leaves_the_stream_open()
    {
        var noRegister = () => RegisterWorkbook.Export(null!, new MemoryStream());
        var noStream = () => RegisterWorkbook.Export(Register.Open(), null!);
        using var stream = new MemoryStream();

        RegisterWorkbook.Export(Register.Open(), stream);

        noRegister.Should().Throw<ArgumentNullException>().WithParameterName("register");
        noStream.Should().Throw<ArgumentNullException>().WithParameterName("stream");
        stream.CanWrite.Should().BeTrue();
        stream.Length.Should().BePositive();
    }
}
