using Diplomacy.Core.Web.Editors;
using Diplomacy.Core.Web.Input;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Diplomacy.Core.Web.Api;

/// <summary>
/// Lets an API write through only with the configured bearer token: 401 when the request carries none, 403 when it
/// carries another (or when no token is configured, so that no write can pass). It runs as middleware once the endpoint
/// is known and before the endpoint runs, so the body of a request without the token is never read; a write with the
/// token may send at most <see cref="Limits.ApiBodyBytes"/>.
/// </summary>
internal sealed class ApiToken(RequestDelegate next, IOptionsMonitor<ApiOptions> options, IProblemDetailsService problems)
{
    private const string Scheme = "Bearer ";

    /// <summary>The metadata of the endpoints that need the token.</summary>
    public sealed class Required;

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<Required>() is null)
        {
            await next(context);
            return;
        }

        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            await Refuse(context, StatusCodes.Status401Unauthorized, "A bearer token is required", "API writes need the header 'Authorization: Bearer <Api:Token>'.");
            return;
        }

        if (!Secrets.Match(options.CurrentValue.Token, header[Scheme.Length..].Trim()))
        {
            await Refuse(context, StatusCodes.Status403Forbidden, "The bearer token is not accepted", "The token is not the configured Api:Token (or none is configured).");
            return;
        }

        if (context.Request.ContentLength > Limits.ApiBodyBytes)
        {
            await Refuse(context, StatusCodes.Status413PayloadTooLarge, "The body is too large", $"An API write may send at most {Limits.ApiBodyBytes} bytes.");
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = Limits.ApiBodyBytes;
        }

        await next(context);
    }

    private async Task Refuse(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }
}
