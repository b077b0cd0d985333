using Diplomacy.Core.Interchange.Json;
using Diplomacy.Core.Interchange.Tests.Json.Fixtures;

namespace Diplomacy.Core.Interchange.Tests.Json;

/// <summary>A null register, stream or text is refused before anything is written or read, naming the parameter.</summary>
public sealed class NullArgumentRules
{
    [Fact]
    public void Writing_a_null_register_is_refused_naming_the_register()
    {
        using var stream = new MemoryStream();

        var write = () => RegisterDocument.Write(null!, stream);

        write.Should().Throw<ArgumentNullException>().WithParameterName("register");
        stream.Length.Should().Be(0);
    }

    [Fact]
    public async Task Writing_a_null_register_asynchronously_is_refused_naming_the_register()
    {
        using var stream = new MemoryStream();

        var write = () => RegisterDocument.WriteAsync(null!, stream, cancellationToken: TestContext.Current.CancellationToken);

        (await write.Should().ThrowAsync<ArgumentNullException>()).WithParameterName("register");
        stream.Length.Should().Be(0);
    }

    [Fact]
    public async Task Writing_asynchronously_to_a_null_stream_is_refused_naming_the_stream()
    {
        var write = () => RegisterDocument.WriteAsync(StoryRegister.Build(), null!, cancellationToken: TestContext.Current.CancellationToken);

        (await write.Should().ThrowAsync<ArgumentNullException>()).WithParameterName("utf8Json");
    }

    [Fact]
    public void Reading_a_null_stream_is_refused_naming_the_stream()
    {
        var read = () => RegisterDocument.Read(null!);

        read.Should().Throw<ArgumentNullException>().WithParameterName("utf8Json");
    }

    [Fact]
    public async Task Reading_a_null_stream_asynchronously_is_refused_naming_the_stream()
    {
        var read = () => RegisterDocument.ReadAsync(null!, cancellationToken: TestContext.Current.CancellationToken);

        (await read.Should().ThrowAsync<ArgumentNullException>()).WithParameterName("utf8Json");
    }

    [Fact]
    public void Parsing_null_text_is_refused_naming_the_text()
    {
        var parse = () => RegisterDocument.Parse(null!);

        parse.Should().Throw<ArgumentNullException>().WithParameterName("json");
    }
}
