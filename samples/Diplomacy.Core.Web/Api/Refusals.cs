using Diplomacy.Core.Web.Input;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Diplomacy.Core.Web.Api;

/// <summary>
/// Answers an API request the host cannot read, or a write the core refuses, with problem details (RFC 9457, formerly
/// 7807): 400 naming the field, 422 naming the rule the core applied (<c>rule</c>, <c>subject</c>).
/// </summary>
internal sealed class Refusals : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (BadInputException e)
        {
            return Unreadable(e.Message, e.Field);
        }
        catch (BodyTooLargeException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The body is too large", detail: e.Message);
        }
        catch (ArgumentException e)
        {
            // The core's guard clauses: a value it cannot take at all is the caller's mistake, as a malformed one is.
            return Unreadable(e.Message, e.ParamName ?? "body");
        }
        catch (DomainRuleException e)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "The register refuses this",
                detail: e.Message,
                type: $"urn:diplomacy-core:rule:{e.Rule}",
                extensions: new Dictionary<string, object?> { ["rule"] = e.Rule.ToString(), ["subject"] = e.SubjectId });
        }
    }

    private static ProblemHttpResult Unreadable(string detail, string? field) => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "The request cannot be read",
        detail: detail,
        extensions: new Dictionary<string, object?> { ["field"] = field });
}
