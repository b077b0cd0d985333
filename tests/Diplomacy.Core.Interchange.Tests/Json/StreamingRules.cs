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

    [Theory]
    [InlineData(1)] // the mark arrives a byte at a time
    [InlineData(4096)]
    public void A_document_with_a_byte_order_mark_is_read(int piece)
    {
        var register = StoryRegister.Build();
        using var stream = new TrickleStream([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(RegisterDocument.ToJson(register))], piece);

        RegisterDocument.Read(stream).ShouldAnswerAs(register);
    }

    [Fact]
    public void The_writer_hands_the_stream_pieces_of_64_KiB_as_they_fill()
    {
        var register = StoryRegister.WithManyTies(2_000);

        using var stream = new CountingStream();
        RegisterDocument.Write(register, stream);

        stream.Sizes.Should().HaveCountGreaterThan(1);
        stream.Sizes.SkipLast(1).Should().OnlyContain(size => size >= 64 * 1024 && size < 2 * 64 * 1024, "a piece goes out once it holds 64 KiB");
        stream.Sizes[^1].Should().BeInRange(1, 64 * 1024);
        stream.ToArray().Should().Equal(Encoding.UTF8.GetBytes(RegisterDocument.ToJson(register)));
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
        public List<int> Sizes { get; } = [];

        public override void Write(ReadOnlySpan<byte> buffer) => Write(buffer.ToArray(), 0, buffer.Length);

        public override void Write(byte[] buffer, int offset, int count)
        {
            Sizes.Add(count);
            base.Write(buffer, offset, count);
        }
    }
}
