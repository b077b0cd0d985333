using System.Text;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Interchange.Json;
using Diplomacy.Core.Interchange.Tests.Json.Fixtures;

namespace Diplomacy.Core.Interchange.Tests.Json;

/// <summary>The document is streamed both ways: the reader takes the stream in any pieces, the writer flushes as it goes.</summary>
public sealed class StreamingRules
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(4096)]
    public void A_document_arriving_in_small_pieces_is_read_as_a_whole(int piece)
    {
        var register = StoryRegister.Build();
        using var stream = new TrickleStream(Encoding.UTF8.GetBytes(RegisterDocument.ToJson(register, new RegisterDocumentOptions { Indented = true })), piece);

        RegisterDocument.Read(stream).ShouldAnswerAs(register);
    }

    [Fact]
    public void An_element_larger_than_the_readers_buffer_is_read_whole()
    {
        var register = StoryRegister.Build();
        register.Find(new AgreementId("GG-TJ"))!.AddNote(new string('x', 300_000));

        RegisterDocument.Parse(RegisterDocument.ToJson(register)).ShouldAnswerAs(register);
    }

    [Fact]
    public void A_refusal_in_a_later_piece_names_the_line_counted_over_every_piece()
    {
        var json = RegisterDocument.ToJson(StoryRegister.Build(), new RegisterDocumentOptions { Indented = true })
            .Replace("\"dropReason\": \"Budget cut\"", "\"dropReason\": 12", StringComparison.Ordinal);
        var line = json.Split('\n').Select((text, i) => (text, i)).Single(pair => pair.text.Contains("\"dropReason\": 12", StringComparison.Ordinal)).i + 1;
        using var stream = new TrickleStream(Encoding.UTF8.GetBytes(json), 5);

        var read = () => RegisterDocument.Read(stream);

        read.Should().Throw<RegisterDocumentException>().Which.Line.Should().Be(line);
    }

    [Fact]
    public void A_document_with_a_byte_order_mark_is_read()
    {
        var register = StoryRegister.Build();
        using var stream = new MemoryStream([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(RegisterDocument.ToJson(register))]);

        RegisterDocument.Read(stream).ShouldAnswerAs(register);
    }

    [Fact]
    public void The_writer_flushes_to_the_stream_as_it_goes()
    {
        var register = StoryRegister.Build();
        var gyeonggi = register.Find(new AgreementId("GG-TJ"))!.Parties[0].Region;
        var tianjin = register.Find(new AgreementId("GG-TJ"))!.Parties[1].Region;
        for (var i = 0; i < 2_000; i++)
        {
            register.AddDistinct(Agreement.Sign(new AgreementId($"BULK-{i}"), AgreementKind.Friendship, [gyeonggi, tianjin], new LocalDate(2000, 1, 1).PlusDays(i)));
        }

        using var stream = new CountingStream();
        RegisterDocument.Write(register, stream);

        stream.Writes.Should().BeGreaterThan(1);
        stream.LargestWrite.Should().BeLessThan(2 * 64 * 1024, "the writer hands over what it holds once it passes 64 KiB");
    }

    [Fact]
    public void The_writer_leaves_the_stream_open()
    {
        using var stream = new MemoryStream();

        RegisterDocument.Write(StoryRegister.Build(), stream);

        stream.CanWrite.Should().BeTrue();
    }

    private sealed class TrickleStream(byte[] data, int piece) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, piece));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, piece)]);
    }

    private sealed class CountingStream : MemoryStream
    {
        public int Writes { get; private set; }

        public int LargestWrite { get; private set; }

        public override void Write(ReadOnlySpan<byte> buffer) => Write(buffer.ToArray(), 0, buffer.Length);

        public override void Write(byte[] buffer, int offset, int count)
        {
            Writes++;
            LargestWrite = Math.Max(LargestWrite, count);
            base.Write(buffer, offset, count);
        }
    }
}
