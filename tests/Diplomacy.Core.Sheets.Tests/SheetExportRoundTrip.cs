using CsCheck;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio;
using static Diplomacy.Core.Sheets.Tests.Sheets;

namespace Diplomacy.Core.Sheets.Tests;

/// <summary>A register exported to a sheet and the sheet imported into an empty register give the same ties.</summary>
public sealed class SheetExportRoundTrip
{
    private const string Sheet =
        "home,partner,partner country,kind,date,fields,notes\n" +
        "경기도,Shanghai,China,MOU,2025-09-25,economy; trade,\"Signed in Shanghai, at the \"\"Expo\"\"\"\n" +
        "KR-41,Hwaseong-si,KR,friendship,1993-10,,\n" +
        "KR-41,Springfield Township,US,sister city,..2025-09-22,culture,\n" +
        "KR-41,Q90,FR,twinning,2011,,\n" +
        "KR-41,\"Leeds, England, United Kingdom\",,letter of intent,,,\n";

    [Fact]
    public void Importing_the_export_of_an_imported_sheet_into_an_empty_register_gives_the_same_ties()
    {
        var original = GyeonggiRegister();
        Import(original, Sheet).Refused.Should().BeEmpty();
        var sheet = new StringWriter();

        var export = RegisterSheet.Export(original, sheet);
        var copy = Register.Open();
        var report = Import(copy, sheet.ToString());

        export.RowsWritten.Should().Be(5);
        report.Refused.Should().BeEmpty();
        Facts(copy).Should().Equal(Facts(original));
    }

    [Fact]
    public void A_region_is_written_by_its_code_or_Wikidata_id_and_a_place_by_name_with_its_country()
    {
        var register = GyeonggiRegister();
        Import(register, Sheet);
        var sheet = new StringWriter();

        RegisterSheet.Export(register, sheet, '\t');

        var lines = sheet.ToString().Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("id\thome\thome country\tpartner\tpartner country\tkind\tdate\tfields\tnotes");
        lines[1].Should().Be("KR-41~CN-SH~CooperationMemorandum\tKR-41\tKR\tCN-SH\tCN\tCooperationMemorandum\t2025-09-25\teconomy; trade\t\"Signed in Shanghai, at the \"\"Expo\"\"\"");
        lines[2].Should().Contain("\tHwaseong-si\tKR\tFriendship\t1993-10\t");
        lines[4].Should().Contain("\tQ90\tFR\tSisterCity\t2011\t");
    }

    [Fact]
    public void Ties_of_three_parties_and_agreements_not_yet_signed_are_left_out_and_listed()
    {
        var register = GyeonggiRegister();
        Reference.Catalog.AddTo(register.Directory, "CN-SH");
        Reference.Catalog.AddTo(register.Directory, "CN-TJ");
        var trilateral = Agreement.Sign(new AgreementId("T"), AgreementKind.CooperationMemorandum, [Held(register, "KR-41"), Held(register, "CN-SH"), Held(register, "CN-TJ")], new LocalDate(2025, 1, 1));
        var proposed = Agreement.Propose(new AgreementId("P"), AgreementKind.SisterCity, [Held(register, "KR-41"), Held(register, "CN-TJ")], new LocalDate(2025, 1, 1));
        register.Add(trilateral);
        register.Add(proposed);
        var sheet = new StringWriter();

        var export = RegisterSheet.Export(register, sheet);

        export.Should().Match<SheetExport>(e => e.RowsWritten == 0 && e.LeftOut.SequenceEqual(new[] { trilateral, proposed }));
        sheet.ToString().TrimEnd().Should().Be("id,home,home country,partner,partner country,kind,date,fields,notes");
    }

    [Fact]
    public void Export_refuses_null_arguments_by_name()
    {
        var noRegister = () => RegisterSheet.Export(null!, new StringWriter());
        var noWriter = () => RegisterSheet.Export(Register.Open(), null!);

        noRegister.Should().Throw<ArgumentNullException>().WithParameterName("register");
        noWriter.Should().Throw<ArgumentNullException>().WithParameterName("writer");
    }

    [Fact]
    public void Every_register_of_ties_between_catalog_regions_survives_export_and_import()
    {
        var codes = new[] { "KR-41", "KR-11", "CN-SH", "CN-TJ", "JP-13", "US-CA", "Q90", "Q64" };
        var dates = new[] { string.Empty, "1993-10", "2011", "..2025-09-22", "2025-09-25", "2001-01-01..2001-06-30" };
        var rows = Gen.Select(Gen.Int[0, codes.Length - 1], Gen.Int[0, codes.Length - 1], Gen.Enum<AgreementKind>(), Gen.Int[0, dates.Length - 1])
            .Select((a, b, kind, date) => $"{codes[a]},{codes[b]},{(codes[b].StartsWith('Q') ? "DE" : string.Empty)},{kind},{dates[date]}")
            .List[0, 25];

        rows.Sample(lines =>
        {
            var original = Register.Open();
            Import(original, "home,partner,partner country,kind,date\n" + string.Join('\n', lines));
            var sheet = new StringWriter();
            RegisterSheet.Export(original, sheet);
            var copy = Register.Open();
            var report = Import(copy, sheet.ToString());
            return report.Refused.Count == 0 && Facts(copy).SequenceEqual(Facts(original));
        });
    }

    [Fact]
    public void A_country_is_written_by_its_code_with_no_country_beside_it_and_an_unknown_date_as_an_empty_cell()
    {
        var register = GyeonggiRegister();
        Import(register, "home,partner\nKR-41,JP\n");
        register.Agreements[0].AddNote("first");
        register.Agreements[0].AddNote("second");
        var sheet = new StringWriter();

        RegisterSheet.Export(register, sheet);

        sheet.ToString().Split('\n')[1].TrimEnd().Should().Be("KR-41~JP~SisterCity,KR-41,KR,JP,,SisterCity,,,first | second");
    }
    [Fact]
    public void A_named_place_with_a_Wikidata_id_and_no_code_is_written_by_its_Wikidata_id()
    {
        var register = GyeonggiRegister();
        var shanghai = Region.CreatePlace(RegionId.For(WikidataId.Parse("Q8686")), AdministrativeKind.City, RegionNames.Of("en", "Shanghai"), null, "Asia/Shanghai", WikidataId.Parse("Q8686"));
        register.Directory.Add(shanghai);
        register.Add(Agreement.Sign(new AgreementId("GG-SH"), AgreementKind.SisterCity, [Held(register, "KR-41"), shanghai], new LocalDate(2025, 9, 25)));
        var sheet = new StringWriter();

        RegisterSheet.Export(register, sheet);

        sheet.ToString().Split('\n')[1].TrimEnd().Should().Be("GG-SH,KR-41,KR,Q8686,,SisterCity,2025-09-25,,");
    }
}
