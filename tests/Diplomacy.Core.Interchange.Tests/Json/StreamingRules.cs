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
    public void Documents_with_elements_larger_than_the_readers_buffer_read_one_after_another_each_keep_their_own_text()
    {
        // Each read grows its buffer from the shared pool, which hands back the arrays the read before gave up.
        foreach (var letter in "abc")
        {
            var register = StoryRegister.Build();
            register.Find(new AgreementId("GG-TJ"))!.AddNote(new string(letter, 300_000));

            var loaded = RegisterDocument.Parse(RegisterDocument.ToJson(register));

            loaded.Find(new AgreementId("GG-TJ"))!.Notes.Should().Equal(register.Find(new AgreementId("GG-TJ"))!.Notes);
            loaded.ToFacts().Should().Be(register.ToFacts());
        }
    }

    [Fact]
    public void A_document_refused_by_its_first_piece_is_refused_before_the_stream_is_read_further()
    {
        var head = Encoding.UTF8.GetBytes("""{"format":"diplomacy-core/catalog","version":1,"regions":[""");
        using var stream = new HeadOnlyStream(head);

        var read = () => RegisterDocument.Read(stream);

        read.Should().Throw<RegisterDocumentException>().Which.Path.Should().Be("$.format");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)] // the mark begins a piece, after every byte before it was parsed: where a mark at the start is skipped
    public void A_byte_order_mark_after_the_start_of_the_document_is_malformed(bool pieceBeginsWithTheMark)
    {
        var before = """{"format":"diplomacy-core/register","version":1,"regions":[""";
        var json = before + "\uFEFF" + """],"agreements":[],"delegations":[]}""";
        var bytesBefore = Encoding.UTF8.GetByteCount(before);
        using var stream = new TrickleStream(Encoding.UTF8.GetBytes(json), pieceBeginsWithTheMark ? bytesBefore : 4096);

        var read = () => RegisterDocument.Read(stream);

        var refusal = read.Should().Throw<RegisterDocumentException>().Which;
        refusal.Path.Should().Be("$.regions[0]");
        refusal.BytePositionInLine.Should().Be(bytesBefore);
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

    /// <summary>A stream that gives its head and then fails; a read of a span comes here too, through <see cref="Stream"/>.</summary>
    private sealed class HeadOnlyStream(byte[] head) : MemoryStream(head)
    {
        public override int Read(byte[] buffer, int offset, int count) =>
            Position < Length ? base.Read(buffer, offset, count) : throw new InvalidOperationException("The reader asked for more than the refused head.");
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
