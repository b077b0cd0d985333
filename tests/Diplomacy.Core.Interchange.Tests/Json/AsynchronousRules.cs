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
}
