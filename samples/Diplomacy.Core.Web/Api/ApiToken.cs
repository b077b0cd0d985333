using Diplomacy.Core.Web.Editors;
using Microsoft.Extensions.Options;

namespace Diplomacy.Core.Web.Api;

/// <summary>
/// Lets an API write through only with the configured bearer token: 401 when the request carries none, 403 when it
/// carries another (or when no token is configured, so that no write can pass).
/// </summary>
internal sealed class ApiToken(IOptionsMonitor<ApiOptions> options) : IEndpointFilter
{
    private const string Scheme = "Bearer ";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var header = context.HttpContext.Request.Headers.Authorization.ToString();
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
            return TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "A bearer token is required",
                detail: "API writes need the header 'Authorization: Bearer <Api:Token>'.");
        }

        if (!Secrets.Match(options.CurrentValue.Token, header[Scheme.Length..].Trim()))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "The bearer token is not accepted",
                detail: "The token is not the configured Api:Token (or none is configured).");
        }

        return await next(context);
    }
}
