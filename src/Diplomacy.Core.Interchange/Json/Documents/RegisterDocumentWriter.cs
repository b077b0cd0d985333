using System.Text.Json;
using Diplomacy.Core.Portfolio;

namespace Diplomacy.Core.Interchange.Json.Documents;

/// <summary>
/// Writes a register element by element onto a <see cref="Utf8JsonWriter"/>, so that a caller can flush the written
/// bytes to its stream as they pile up: the whole text is never held in memory.
/// </summary>
internal static class RegisterDocumentWriter
{
    /// <summary>How many written bytes are kept before they go to the stream.</summary>
    public const int FlushThreshold = 64 * 1024;

    public static JsonWriterOptions WriterOptions(RegisterDocumentOptions options) => new()
    {
        Indented = options.Indented,
        Encoder = DocumentOptions.Encoder,
        IndentSize = 2,
    };

    /// <summary>Writes the document one element at a time; after each step the caller may flush.</summary>
    public static IEnumerable<Utf8JsonWriter> Steps(Utf8JsonWriter writer, Register register)
    {
        var facts = register.ToFacts();
        writer.WriteStartObject();
        writer.WriteString("format", RegisterDocument.Format);
        writer.WriteNumber("version", RegisterDocument.Version);
        writer.WriteStartArray("regions");
        foreach (var region in facts.Regions)
        {
            JsonSerializer.Serialize(writer, ToDocument.Region(region), DocumentOptions.Region);
            yield return writer;
        }

        writer.WriteEndArray();
        var distinct = facts.DistinctTies.ToHashSet();
        writer.WriteStartArray("agreements");
        foreach (var agreement in facts.Agreements)
        {
            JsonSerializer.Serialize(writer, ToDocument.Agreement(agreement, distinct.Contains(agreement.Id)), DocumentOptions.Agreement);
            yield return writer;
        }

        writer.WriteEndArray();
        writer.WriteStartArray("delegations");
        foreach (var delegation in facts.Delegations)
        {
            JsonSerializer.Serialize(writer, ToDocument.Delegation(delegation), DocumentOptions.Delegation);
            yield return writer;
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        yield return writer;
    }
}
