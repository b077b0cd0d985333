using System.Text;
using Diplomacy.Core.Interchange.Json;
using Diplomacy.Core.Interchange.Tests.Json.Fixtures;

namespace Diplomacy.Core.Interchange.Tests.Json;

/// <summary>The asynchronous writer and reader honour the same options as the synchronous ones, and the token.</summary>
public sealed class AsynchronousRules
{
    [Fact]
    public async Task Writing_asynchronously_follows_the_options_as_writing_synchronously_does()
    {
        var register = StoryRegister.Build();
        var indented = new RegisterDocumentOptions { Indented = true };
        using var stream = new MemoryStream();

        await RegisterDocument.WriteAsync(register, stream, indented, TestContext.Current.CancellationToken);

        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(RegisterDocument.ToJson(register, indented));
    }

    [Fact]
    public async Task Writing_asynchronously_with_a_cancelled_token_throws_that_it_was_cancelled()
    {
        using var stream = new MemoryStream();

        var write = () => RegisterDocument.WriteAsync(StoryRegister.Build(), stream, cancellationToken: new CancellationToken(canceled: true));

        await write.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task Writing_asynchronously_never_writes_to_the_stream_synchronously()
    {
        var register = StoryRegister.WithManyTies(2_000);
        using var stream = new AsynchronousOnlyStream();

        await RegisterDocument.WriteAsync(register, stream, cancellationToken: TestContext.Current.CancellationToken);

        stream.ToArray().Should().Equal(Encoding.UTF8.GetBytes(RegisterDocument.ToJson(register)));
    }

    [Fact]
    public async Task Writing_asynchronously_stops_before_the_next_piece_once_cancelled()
    {
        using var cancellation = new CancellationTokenSource();
        using var stream = new AsynchronousOnlyStream { AfterFirstWrite = cancellation.Cancel };

        var write = () => RegisterDocument.WriteAsync(StoryRegister.WithManyTies(2_000), stream, cancellationToken: cancellation.Token);

        await write.Should().ThrowAsync<OperationCanceledException>();
        stream.Writes.Should().Be(1);
    }

    [Theory]
    [InlineData(0, false)] // the limit is the document's own size
    [InlineData(-1, true)]
    public async Task Reading_asynchronously_follows_the_size_limit_as_reading_synchronously_does(int slack, bool refused)
    {
        var bytes = Encoding.UTF8.GetBytes(RegisterDocument.ToJson(StoryRegister.Build()));
        using var stream = new MemoryStream(bytes);
        var options = new RegisterDocumentOptions { MaxDocumentBytes = bytes.Length + slack };

        var read = () => RegisterDocument.ReadAsync(stream, options, TestContext.Current.CancellationToken);

        if (refused)
        {
            await read.Should().ThrowAsync<RegisterDocumentException>().WithMessage($"*limit of {bytes.Length - 1} bytes*");
        }
        else
        {
            await read.Should().NotThrowAsync();
        }
    }

    /// <summary>Refuses synchronous writes and flushes, as ASP.NET Core's response body does by default.</summary>
    private sealed class AsynchronousOnlyStream : Stream
    {
        private readonly MemoryStream _written = new();

        public int Writes { get; private set; }

        public Action? AfterFirstWrite { get; init; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public byte[] ToArray() => _written.ToArray();

        public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous writes are refused.");

        public override void Flush() => throw new InvalidOperationException("Synchronous flushes are refused.");

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _written.Write(buffer.Span);
            if (++Writes == 1)
            {
                AfterFirstWrite?.Invoke();
            }

            return ValueTask.CompletedTask;
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            _written.Dispose();
            base.Dispose(disposing);
        }
    }
}
