using System.Text;
using CsCheck;
using Diplomacy.Core.Interchange.Tests.Json.Fixtures;
using Diplomacy.Core.Portfolio;
using static Diplomacy.Core.Sheets.Tests.Sheets;

namespace Diplomacy.Core.Sheets.Tests;

/// <summary>
/// A sheet's bytes are read as UTF-8 (with or without its mark), as UTF-16/32 when a mark says so, or in the legacy
/// encoding the caller names when they are not UTF-8; bytes no reading decodes are refused whole, never replaced.
/// </summary>
public sealed class LegacyEncodings
{
    private const string PortalSheet = "도시명,국가명,결연일자,비고\n톨레도,미국,1967. 6. 27.,자매결연\n상하이,중국,1976.10.11,우호\n";

    private static Encoding Cp949 => CodePagesEncodingProvider.Instance.GetEncoding(949)!;

    private static Encoding ShiftJis => CodePagesEncodingProvider.Instance.GetEncoding(932)!;

    [Fact]
    public void A_portal_sheet_saved_in_CP949_reads_as_the_same_sheet_in_UTF_8_when_its_encoding_is_named()
    {
        var fromUtf8 = ImportBytes(Encoding.UTF8.GetBytes(PortalSheet), null);
        var fromCp949 = ImportBytes(Cp949.GetBytes(PortalSheet), Cp949);

        fromCp949.Report.Refused.Should().BeEmpty();
        fromCp949.Report.TiesCreated.Should().HaveCount(2);
        Facts(fromCp949.Register).Should().Equal(Facts(fromUtf8.Register));
    }

    [Theory]
    [InlineData(932, "自治体名,提携先,国名,提携日\nKR-41,神奈川県,日本,平成2年4月1日\n")]
    [InlineData(54936, "home,partner,partner country,date\nKR-41,天津,中国,1993年10月\n")]
    [InlineData(1252, "home,partner,partner country,notes\nKR-41,Zürich,CH,Café of the twinning\n")]
    public void A_sheet_in_a_named_legacy_encoding_reads_as_its_UTF_8_twin(int codePage, string sheet)
    {
        var encoding = CodePagesEncodingProvider.Instance.GetEncoding(codePage)!;

        var legacy = ImportBytes(encoding.GetBytes(sheet), encoding);
        var utf8 = ImportBytes(Encoding.UTF8.GetBytes(sheet), null);

        legacy.Report.Refused.Should().BeEmpty();
        Facts(legacy.Register).Should().ContainSingle().And.Equal(Facts(utf8.Register));
    }

    [Fact]
    public void Bytes_that_are_not_UTF_8_are_refused_whole_when_no_encoding_is_named()
    {
        var register = GyeonggiRegister();
        using var stream = new MemoryStream(Cp949.GetBytes(PortalSheet));

        var import = () => RegisterSheet.Import(register, stream, new SheetImportOptions { Home = "KR-41" });

        import.Should().Throw<FormatException>().Which.Message.Should().Contain("byte 0 (line 1)").And.Contain("LegacyEncoding");
        Size(register).Should().Be((2, 0));
    }

    [Fact]
    public void The_refusal_of_bytes_that_are_not_UTF_8_gives_the_offset_and_line_of_the_first()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("home,partner\nKR-41,"), .. Cp949.GetBytes("상하이"), .. "\n"u8];
        using var stream = new MemoryStream(bytes);

        var import = () => RegisterSheet.Import(GyeonggiRegister(), stream, null);

        import.Should().Throw<FormatException>().Which.Message.Should().Contain("byte 19 (line 2)");
    }

    [Fact]
    public void Bytes_invalid_in_the_named_encoding_are_refused_not_replaced()
    {
        var register = GyeonggiRegister();
        byte[] bytes = [.. Cp949.GetBytes("home,partner,notes\nKR-41,CN-SH,"), 0xB0, .. "\n"u8]; // a lead byte with no trail byte
        using var stream = new MemoryStream(bytes);

        var import = () => RegisterSheet.Import(register, stream, new SheetImportOptions { LegacyEncoding = Cp949 });

        import.Should().Throw<FormatException>().Which.Message.Should().Contain("line 2");
        Size(register).Should().Be((2, 0));
    }

    [Fact]
    public void Bytes_a_legacy_encoding_maps_only_to_private_use_characters_are_refused_as_mojibake()
    {
        var register = GyeonggiRegister();
        byte[] bytes = [.. Cp949.GetBytes("home,partner,notes\nKR-41,CN-SH,"), 0xFF, 0xFF, .. "\n"u8]; // CP949 decodes 0xFF as U+F8F7
        using var stream = new MemoryStream(bytes);

        var import = () => RegisterSheet.Import(register, stream, new SheetImportOptions { LegacyEncoding = Cp949 });

        import.Should().Throw<FormatException>().Which.Message.Should().Contain("line 2");
        Size(register).Should().Be((2, 0));
    }

    [Fact]
    public void Bytes_that_are_UTF_8_are_read_as_UTF_8_whatever_legacy_encoding_is_named()
    {
        var utf8 = ImportBytes(Encoding.UTF8.GetBytes(PortalSheet), ShiftJis);

        utf8.Report.TiesCreated.Should().HaveCount(2);
        Facts(utf8.Register).Should().Equal(Facts(ImportBytes(Encoding.UTF8.GetBytes(PortalSheet), null).Register));
    }

    [Fact]
    public void A_byte_order_mark_of_UTF_8_over_bytes_that_are_not_UTF_8_is_refused_not_read_as_the_legacy_encoding()
    {
        using var stream = new MemoryStream([.. Encoding.UTF8.Preamble, .. Cp949.GetBytes(PortalSheet)]);

        var import = () => RegisterSheet.Import(GyeonggiRegister(), stream, new SheetImportOptions { Home = "KR-41", LegacyEncoding = Cp949 });

        import.Should().Throw<FormatException>().Which.Message.Should().Contain("byte order mark says UTF-8");
    }

    [Fact]
    public void A_private_use_character_at_the_very_start_of_a_legacy_sheet_is_refused_as_mojibake()
    {
        byte[] bytes = [0xFF, .. Cp949.GetBytes(PortalSheet)]; // CP949 decodes 0xFF as U+F8F7

        using var stream = new MemoryStream(bytes);
        var import = () => RegisterSheet.Import(GyeonggiRegister(), stream, new SheetImportOptions { Home = "KR-41", LegacyEncoding = Cp949 });

        import.Should().Throw<FormatException>().Which.Message.Should().Contain("line 1");
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x00, 0x00, 0x00, 0x00, 0x11, 0x00 }, "UTF-32")] // little-endian U+110000, past Unicode
    [InlineData(new byte[] { 0x00, 0x00, 0xFE, 0xFF, 0x00, 0x11, 0x00, 0x00 }, "UTF-32")] // big-endian U+110000
    [InlineData(new byte[] { 0xFE, 0xFF, 0xD8, 0x00, 0x00, 0x0A }, "UTF-16")] // big-endian half of a surrogate pair
    public void Bytes_invalid_in_the_encoding_their_mark_names_are_refused_naming_that_encoding(byte[] bytes, string encoding)
    {
        using var stream = new MemoryStream(bytes);

        var import = () => RegisterSheet.Import(GyeonggiRegister(), stream, new SheetImportOptions { LegacyEncoding = Cp949 });

        import.Should().Throw<FormatException>().Which.Message.Should().Contain($"not {encoding} text");
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32LE")]
    [InlineData("utf-32BE")]
    public void A_sheet_with_a_byte_order_mark_is_read_in_the_encoding_it_names(string form)
    {
        Encoding encoding = form switch
        {
            "utf-8-bom" => new UTF8Encoding(true),
            "utf-16LE" => new UnicodeEncoding(false, true),
            "utf-16BE" => new UnicodeEncoding(true, true),
            "utf-32LE" => new UTF32Encoding(false, true),
            _ => new UTF32Encoding(true, true),
        };

        var read = ImportBytes([.. encoding.Preamble, .. encoding.GetBytes(PortalSheet)], Cp949);

        read.Report.Refused.Should().BeEmpty();
        Facts(read.Register).Should().Equal(Facts(ImportBytes(Encoding.UTF8.GetBytes(PortalSheet), null).Register));
    }

    [Fact]
    public void A_UTF_16_sheet_holding_half_a_surrogate_pair_is_refused()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("home,partner\nKR-41,"), 0x00, 0xD8, .. Encoding.Unicode.GetBytes("\n")];
        using var stream = new MemoryStream(bytes);

        var import = () => RegisterSheet.Import(GyeonggiRegister(), stream, null);

        import.Should().Throw<FormatException>().Which.Message.Should().Contain("UTF-16");
    }

    [Fact]
    public void A_pair_list_in_Shift_JIS_is_read_in_the_encoding_named()
    {
        using var stream = new MemoryStream(ShiftJis.GetBytes("東京都\t北京市\n"));

        PairList.Import(Register.Open(), stream, new PairListOptions { LegacyEncoding = ShiftJis }).TiesCreated.Should().ContainSingle();
    }

    [Fact]
    public void The_same_rows_in_CP949_Shift_JIS_and_UTF_8_give_the_same_register()
    {
        // Names both encodings hold (Shift_JIS lacks Hangul, CP949 simplified Han such as 国): traditional Han and kana.
        var partners = new[] { "東京", "大阪", "京都", "天津", "札幌", "トロント", "北京" };
        var countries = new[] { "JP", "CN", "日本", "中國", "カナダ", "CA" };
        var dates = new[] { string.Empty, "1997年4月1日", "2019.11.27", "1990s", "平成9年", "2019/11/27", "November 2019" };
        var rows = Gen.Select(Gen.Int[0, partners.Length - 1], Gen.Int[0, countries.Length - 1], Gen.Int[0, dates.Length - 1])
            .Select((p, c, d) => $"KR-41,{partners[p]},{countries[c]},{dates[d]}")
            .List[1, 12];

        rows.Sample(
            lines =>
            {
                var sheet = "home,partner,partner country,date\n" + string.Join('\n', lines) + "\n";
                var utf8 = Facts(ImportBytes(Encoding.UTF8.GetBytes(sheet), null).Register).ToList();
                return Facts(ImportBytes(Cp949.GetBytes(sheet), Cp949).Register).SequenceEqual(utf8)
                    && Facts(ImportBytes(ShiftJis.GetBytes(sheet), ShiftJis).Register).SequenceEqual(utf8);
            },
            iter: PropertySamples.Of(100));
    }

    private static (Register Register, ImportReport Report) ImportBytes(byte[] bytes, Encoding? legacy)
    {
        var register = GyeonggiRegister();
        using var stream = new MemoryStream(bytes);
        var report = RegisterSheet.Import(register, stream, new SheetImportOptions { Home = "KR-41", LegacyEncoding = legacy });
        return (register, report);
    }
}
