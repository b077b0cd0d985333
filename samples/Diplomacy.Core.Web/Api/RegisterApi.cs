using Diplomacy.Core.Web.Language;
using Diplomacy.Core.Web.Reading;
using Diplomacy.Core.Web.Storage;
using Diplomacy.Core.Web.Writing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Diplomacy.Core.Web.Api;

/// <summary>
/// The JSON API under <c>/api</c>: the same read models the pages show, and the same writes. Reading is open; writing
/// needs the bearer token. Dates are ISO (<c>2025-09-26</c>); names are in <c>?lang=en|ko</c>.
/// </summary>
internal static class RegisterApi
{
    public static IEndpointRouteBuilder MapRegisterApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").AddEndpointFilter<Refusals>().WithTags("Register");

        api.MapGet("/regions/{home}/ties", TiesOf)
            .WithName("GetTies")
            .WithSummary("A home region's ties with their status on a date, filtered by the partner's country, the kind and a field.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/coverage", Coverage)
            .WithName("GetCoverage")
            .WithSummary("How many of a cohort's members a home region holds a qualifying tie with on a date.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/ties/{id}", Tie)
            .WithName("GetTie")
            .WithSummary("A tie: parties, history, sources, status today and on a date, next anniversary, term end.");
        api.MapGet("/delegations/{id}", Delegation)
            .WithName("GetDelegation")
            .WithSummary("A delegation: itinerary in local times, engagements, commitments with their status on a date.");

        api.MapGet("/regions", SuggestRegions)
            .WithName("SuggestRegions")
            .WithSummary("A search field's suggestions: the regions whose key, then a name in any language, starts with q (then holds it), at most count (10; 25 at most).")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/ties", SuggestTies)
            .WithName("SuggestTies")
            .WithSummary("A search field's suggestions: the ties whose id, then title, starts with q (then holds it), at most count (10; 25 at most).")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        var writes = api.MapGroup(string.Empty).WithMetadata(new ApiToken.Required());
        writes.MapPost("/ties", RecordTie)
            .Accepts<NewTie>("application/json")
            .WithName("PostTie")
            .WithSummary("Records a signing. Needs the bearer token.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        writes.MapPost("/ties/{id}/events", RecordEvent)
            .Accepts<TieEvent>("application/json")
            .WithName("PostTieEvent")
            .WithSummary("Records an event on a tie: suspend, resume, renew, upgrade, terminate. Needs the bearer token.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return endpoints;
    }

    private static TieListing TiesOf(
        string home, string? date, string? country, string? kind, string? field, RegisterQueries queries, HttpContext context) =>
        queries.Ties(home, date, TieFilter.Parse(country, kind, field), context.Texts());

    private static CoverageReport Coverage(string? home, string? cohort, string? date, RegisterQueries queries, HttpContext context) =>
        queries.Coverage(home, cohort, date, context.Texts());

    private static IReadOnlyList<Choice> SuggestRegions(string? q, string? count, RegisterQueries queries, HttpContext context) =>
        queries.SuggestRegions(q, count, context.Texts());

    private static IReadOnlyList<Choice> SuggestTies(string? q, string? count, RegisterQueries queries) => queries.SuggestTies(q, count);

    private static Results<Ok<TieDetails>, ProblemHttpResult> Tie(string id, string? date, RegisterQueries queries, HttpContext context) =>
        Found(queries.Tie(id, date, context.Texts()), $"The register holds no tie '{id}'.");

    private static Results<Ok<DelegationDetails>, ProblemHttpResult> Delegation(string id, string? date, RegisterQueries queries, HttpContext context) =>
        Found(queries.Delegation(id, date, context.Texts()), $"The register holds no delegation '{id}'.");

    private static async Task<Created<TieRef>> RecordTie(HttpContext context, RegisterWrites writes)
    {
        var recorded = writes.Record(await JsonBody.Read<NewTie>(context));
        return TypedResults.Created($"/api/ties/{Uri.EscapeDataString(recorded.Id)}", recorded);
    }

    private static async Task<Results<Ok<TieRef>, ProblemHttpResult>> RecordEvent(string id, HttpContext context, RegisterWrites writes, RegisterHost host)
    {
        var tieEvent = await JsonBody.Read<TieEvent>(context);
        return host.Read(register => register.Find(new Agreements.AgreementId(id)) is not null)
            ? TypedResults.Ok(writes.Record(id, tieEvent))
            : NotFound($"The register holds no tie '{id}'.");
    }

    private static Results<Ok<T>, ProblemHttpResult> Found<T>(T? answer, string notFound)
        where T : class =>
        answer is null ? NotFound(notFound) : TypedResults.Ok(answer);

    private static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);
}
