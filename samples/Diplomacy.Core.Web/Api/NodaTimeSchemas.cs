using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using NodaTime;

namespace Diplomacy.Core.Web.Api;

/// <summary>
/// Describes NodaTime's values in the OpenAPI document as the API writes them (ISO text), not as the objects the
/// schema generator would otherwise see through their converters.
/// </summary>
internal sealed class NodaTimeSchemas : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
        if (type == typeof(LocalDate))
        {
            Text(schema, "date", "An ISO calendar date (2025-09-26).");
        }
        else if (type == typeof(LocalDateTime))
        {
            // No offset: a wall-clock time in the zone named beside it, which RFC 3339's date-time cannot say.
            Text(schema, null, "An ISO local date and time without offset (2025-09-22T13:00:00), in the zone named beside it.");
        }

        return Task.CompletedTask;
    }

    private static void Text(OpenApiSchema schema, string? format, string description)
    {
        schema.Type = JsonSchemaType.String;
        schema.Format = format;
        schema.Description = description;
        schema.Properties?.Clear();
    }
}
