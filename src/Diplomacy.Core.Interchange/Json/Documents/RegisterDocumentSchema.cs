using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using Diplomacy.Core.Calendar;
using NodaTime;

namespace Diplomacy.Core.Interchange.Json.Documents;

/// <summary>
/// The JSON Schema of the document: generated from <see cref="RegisterShape"/> by System.Text.Json's exporter, with the
/// values its converters write (partial dates, NodaTime values) described by hand, and shipped as the embedded
/// resource <c>register.schema.json</c>, which a test keeps equal to what <see cref="Generate"/> gives.
/// </summary>
internal static class RegisterDocumentSchema
{
    public const string ResourceName = "Diplomacy.Core.Interchange.register.schema.json";

    private const string DayPattern = @"[0-9]{4}-[0-9]{2}-[0-9]{2}";

    private static readonly Lazy<string> Embedded = new(Load);

    /// <summary>The schema shipped with the package.</summary>
    public static string Text => Embedded.Value;

    /// <summary>The schema as the code describes the document now, indented, with a final line break.</summary>
    public static string Generate()
    {
        var exporter = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = Describe,
        };
        var schema = DocumentOptions.Serializer.GetJsonSchemaAsNode(typeof(RegisterShape), exporter).AsObject();
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = $"https://github.com/diplomacy-core/Diplomacy.Core/schemas/register.v{RegisterDocument.Version}.schema.json",
            ["title"] = "Diplomacy.Core register document",
            ["description"] = "A register of regions, agreements with their full history and sources, and delegations, as Diplomacy.Core.Interchange writes and reads it.",
        };
        foreach (var (name, value) in schema.ToList())
        {
            schema.Remove(name);
            root[name] = value;
        }

        root["properties"]!["format"] = new JsonObject { ["const"] = RegisterDocument.Format };
        root["properties"]!["version"] = new JsonObject { ["const"] = RegisterDocument.Version };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = DocumentOptions.Encoder }) + "\n";
    }

    private static JsonNode Describe(JsonSchemaExporterContext context, JsonNode schema)
    {
        var type = context.TypeInfo.Type;
        var nullable = Nullable.GetUnderlyingType(type) is not null;
        var value = Nullable.GetUnderlyingType(type) ?? type;
        JsonObject? described = value switch
        {
            _ when value == typeof(PartialDate) => Described(
                "A date as people write it: a day (2025-09-22), a month (1993-10), a year (2011), on or before a day (..2025-09-22), "
                + "on or after a day (2011-01-01..), between two days (2011-01-01..2012-06-30), or unknown.",
                $@"^({DayPattern}|[0-9]{{4}}-[0-9]{{2}}|[0-9]{{4}}|\.\.{DayPattern}|{DayPattern}\.\.|{DayPattern}\.\.{DayPattern}|unknown|\.\.)$"),
            _ when value == typeof(LocalDate) => Described("An ISO calendar date.", $"^{DayPattern}$", "date"),
            _ when value == typeof(LocalDateTime) => Described(
                "A local date and time in ISO form, without offset: 2025-09-22T09:30:00.", $@"^{DayPattern}T[0-9]{{2}}:[0-9]{{2}}:[0-9]{{2}}(\.[0-9]{{1,9}})?$"),
            _ when value == typeof(ZonedDateTime) => Described(
                "A date and time with its UTC offset and IANA time zone: 2025-09-25T10:00:00+08 Asia/Shanghai.",
                $@"^{DayPattern}T[0-9]{{2}}:[0-9]{{2}}:[0-9]{{2}}(\.[0-9]{{1,9}})?(Z|[+-][0-9]{{2}}(:[0-9]{{2}})?) \S+$"),
            _ when value == typeof(Period) => Described("An ISO 8601 period as written: P3Y, P18M, P2Y6M, P1W.", "^P"),
            _ when value == typeof(Uri) => Described("An absolute address.", null, "uri"),
            _ => null,
        };
        if (described is null)
        {
            return schema;
        }

        if (nullable)
        {
            described["type"] = new JsonArray("string", "null");
        }

        return described;
    }

    private static JsonObject Described(string description, string? pattern, string? format = null)
    {
        var node = new JsonObject { ["type"] = "string", ["description"] = description };
        if (format is not null)
        {
            node["format"] = format;
        }

        if (pattern is not null)
        {
            node["pattern"] = pattern;
        }

        return node;
    }

    private static string Load()
    {
        using var stream = typeof(RegisterDocumentSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The package lacks its embedded schema {ResourceName}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
