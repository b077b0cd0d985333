using System.Text.Json;
using Diplomacy.Core.Web.Input;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Diplomacy.Core.Web.Api;

/// <summary>
/// Reads an API write's JSON body inside the endpoint's filters, not in the framework's binding, so that a body that
/// cannot be read is a 400 naming the field (the JSON path's first property, or <c>body</c>), and one larger than
/// <see cref="Limits.ApiBodyBytes"/> is a 413, read no further than the limit.
/// </summary>
internal static class JsonBody
{
    public static async Task<T> Read<T>(HttpContext context)
        where T : class
    {
        var options = context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        try
        {
            while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                if (buffer.Length + read > Limits.ApiBodyBytes)
                {
                    throw new BodyTooLargeException(Limits.ApiBodyBytes);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw new BodyTooLargeException(Limits.ApiBodyBytes);
        }

        try
        {
            return JsonSerializer.Deserialize<T>(buffer.ToArray(), options)
                ?? throw new BadInputException("body", "The body must be a JSON object.");
        }
        catch (JsonException e)
        {
            throw new BadInputException(FieldOf(e.Path), $"The body is not the JSON this endpoint takes: {e.Message}");
        }
    }

    /// <summary>The property a JSON path starts with (<c>$.parties[0]</c> is <c>parties</c>); <c>body</c> for the whole document.</summary>
    internal static string FieldOf(string? path)
    {
        if (path is null || !path.StartsWith("$.", StringComparison.Ordinal))
        {
            return "body";
        }

        var name = path[2..];
        var end = name.IndexOfAny(['.', '[']);
        return end < 0 ? name : end == 0 ? "body" : name[..end];
    }
}

/// <summary>A request body larger than the endpoint takes: answered with 413, the body read no further.</summary>
internal sealed class BodyTooLargeException(int limit) : Exception($"The body is larger than the {limit} bytes this endpoint takes.")
{
    public int Limit { get; } = limit;
}
