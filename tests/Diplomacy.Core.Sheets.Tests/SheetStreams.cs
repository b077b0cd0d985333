using System.Text;
using Diplomacy.Core.Portfolio;
using static Diplomacy.Core.Sheets.Tests.Sheets;

namespace Diplomacy.Core.Sheets.Tests;

/// <summary>Imports read a stream to its end, in UTF-8 or in the encoding its byte order mark names, and leave it open; the export flushes its writer and leaves it open; a null stream is refused by name.</summary>
public sealed class SheetStreams
{
    [Fact]
    public void Importing_a_pair_list_from_a_null_stream_is_refused_naming_the_stream()
    {
        var register = Register.Open();

        var import = () => PairList.Import(register, (Stream)null!, null);

        import.Should().Throw<ArgumentNullException>().WithParameterName("stream");
        Size(register).Should().Be((0, 0));
    }

    [Fact]
    public void Importing_a_register_sheet_from_a_null_stream_is_refused_naming_the_stream()
    {
        var register = GyeonggiRegister();

        var import = () => RegisterSheet.Import(register, (Stream)null!, null);

        import.Should().Throw<ArgumentNullException>().WithParameterName("stream");
        Size(register).Should().Be((2, 0));
    }

    [Fact]
    public void Importing_a_pair_list_leaves_the_stream_open()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("Q8686,Q956\n"));

        PairList.Import(Register.Open(), stream, null).TiesCreated.Should().ContainSingle();

        stream.CanRead.Should().BeTrue();
    }

    [Fact]
    public void Importing_a_register_sheet_leaves_the_stream_open()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("home,partner,partner country\nKR-41,Tianjin,CN\n"));

        RegisterSheet.Import(GyeonggiRegister(), stream, null).TiesCreated.Should().ContainSingle();

        stream.CanRead.Should().BeTrue();
    }

    [Fact]
    public void The_export_leaves_the_writer_open_for_more()
    {
        using var writer = new StringWriter();

        RegisterSheet.Export(GyeonggiRegister(), writer);
        writer.Write("more");

        writer.ToString().Should().EndWith("more");
    }

    [Fact]
    public void The_export_flushes_its_writer_so_the_stream_holds_the_whole_sheet()
    {
        var register = GyeonggiRegister();
        Import(register, "home,partner,partner country\nKR-41,Tianjin,CN\n");
        using var stream = new MemoryStream();
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);

        RegisterSheet.Export(register, writer);

        Encoding.UTF8.GetString(stream.ToArray()).Split('\n')[1].Should().StartWith("KR-41~CN-TJ~SisterCity,KR-41,KR,CN-TJ,CN,SisterCity");
    }
    [Fact]
    public void A_pair_list_saved_as_UTF_16_with_its_byte_order_mark_is_read_as_text()
    {
        using var stream = new MemoryStream([.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes("Q8686,Q956\n")]);

        var report = PairList.Import(Register.Open(), stream, null);

        report.Refused.Should().BeEmpty();
        report.TiesCreated.Single().Id.Value.Should().Be("Q8686~Q956~SisterCity");
    }

    [Fact]
    public void A_register_sheet_saved_as_UTF_16_with_its_byte_order_mark_reads_its_columns_by_name()
    {
        using var stream = new MemoryStream([.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes("home,partner,partner country\nKR-41,Tianjin,CN\n")]);

        var report = RegisterSheet.Import(GyeonggiRegister(), stream, null);

        report.Refused.Should().BeEmpty();
        report.TiesCreated.Single().Id.Value.Should().Be("KR-41~CN-TJ~SisterCity");
    }
}
