using Diplomacy.Core.Interchange.Json;
using Diplomacy.Core.Interchange.Tests.Json.Fixtures;

namespace Diplomacy.Core.Interchange.Tests.Json;

/// <summary>
/// The story register written today is, byte for byte, the golden document of the current version: a change of format
/// fails here unless <see cref="RegisterDocument.Version"/> goes up. A new version gets its own golden document, written
/// once with
/// <c>DIPLOMACY_WRITE_GOLDEN=1 dotnet test --project tests/Diplomacy.Core.Interchange.Tests -- --filter-class "*GoldenDocumentRules"</c>
/// (which never overwrites an existing one), and every older golden document must still be read.
/// </summary>
public sealed class GoldenDocumentRules
{
    private static readonly string Folder = Path.Combine(Documents.RepositoryRoot(), "tests", "Diplomacy.Core.Interchange.Tests", "Json", "Golden");

    private static readonly RegisterDocumentOptions Indented = new() { Indented = true };

    private static string Current => Path.Combine(Folder, $"register.v{RegisterDocument.Version}.json");

    public static TheoryData<string> Versions() => [.. Directory.GetFiles(Folder, "register.v*.json").Select(Path.GetFileName).OfType<string>().Order()];

    [Fact]
    public void The_story_register_is_written_as_the_golden_document_of_the_current_version()
    {
        var written = RegisterDocument.ToJson(StoryRegister.Build(), Indented) + "\n";
        if (Environment.GetEnvironmentVariable("DIPLOMACY_WRITE_GOLDEN") == "1" && !File.Exists(Current))
        {
            File.WriteAllText(Current, written);
        }

        File.Exists(Current).Should().BeTrue($"version {RegisterDocument.Version} needs its golden document {Current}");
        written.Should().Be(
            File.ReadAllText(Current),
            "the document's format changed: raise RegisterDocument.Version and write the new version's golden document, or undo the change");
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Every_golden_document_is_read_and_answers_as_the_story_register(string file)
    {
        using var stream = File.OpenRead(Path.Combine(Folder, file));

        var loaded = RegisterDocument.Read(stream);

        loaded.ShouldAnswerAs(StoryRegister.Build());
    }
}
