using System.Text.Json;
using System.Text.Json.Serialization;
using Diplomacy.Core.Calendar;

namespace Diplomacy.Core.Interchange.Json.Documents;

/// <summary>A partial date as people write it, in the core's own text form (<see cref="PartialDate.ToString"/> and <see cref="PartialDate.Parse"/>).</summary>
internal sealed class PartialDateConverter : JsonConverter<PartialDate>
{
    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A date is a string such as \"2025-09-22\", \"1993-10\", \"2011\" or \"..2025-09-22\"; found {reader.TokenType}.");
        }

        var text = reader.GetString()!;
        try
        {
            return PartialDate.Parse(text);
        }
        catch (ArgumentException e)
        {
            throw new JsonException($"'{text}' is not a date as the document writes one: {e.Message}", e);
        }
    }

    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
