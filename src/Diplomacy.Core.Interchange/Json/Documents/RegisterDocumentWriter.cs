using System.Buffers;
using System.Text.Json;
using Diplomacy.Core.Portfolio;

namespace Diplomacy.Core.Interchange.Json.Documents;

/// <summary>
/// Writes a register element by element into a buffer that the caller empties into its stream whenever it holds
/// 64 KiB: the whole text is never held in memory.
/// </summary>
internal static class RegisterDocumentWriter
{
    /// <summary>How many written bytes are gathered before they go to the stream.</summary>
    public const int FlushThreshold = 64 * 1024;

    public static JsonWriterOptions WriterOptions(RegisterDocumentOptions options) => new()
    {
        Indented = options.Indented,
        Encoder = DocumentOptions.Encoder,
        IndentSize = 2,
    };

    /// <summary>Writes the document one element at a time; after each step the caller may flush.</summary>
    /// <summary>
    /// The document in pieces of at least <see cref="FlushThreshold"/> bytes (the last one smaller), each valid until
    /// the next is asked for. The serializer flushes its writer after every element, so the writer fills a buffer and
    /// the caller, not the serializer, decides when (and whether asynchronously) the stream is written.
    /// </summary>
    public static IEnumerable<ReadOnlyMemory<byte>> Pieces(Register register, RegisterDocumentOptions options)
    {
        var buffer = new ArrayBufferWriter<byte>(FlushThreshold * 2);
        using var writer = new Utf8JsonWriter(buffer, WriterOptions(options));
        foreach (var _ in Steps(writer, register))
        {
            writer.Flush();
            if (buffer.WrittenCount >= FlushThreshold)
            {
                yield return buffer.WrittenMemory;
                buffer.ResetWrittenCount();
            }
        }

        if (buffer.WrittenCount > 0)
        {
            yield return buffer.WrittenMemory;
        }
    }

    private static IEnumerable<Utf8JsonWriter> Steps(Utf8JsonWriter writer, Register register)
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
