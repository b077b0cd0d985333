using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Diplomacy.Core.Web.Api;

/// <summary>
/// Says in the OpenAPI document what <see cref="ApiToken"/> asks: a bearer scheme, required by the writes that need
/// the token and by no read.
/// </summary>
internal sealed class BearerScheme : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    public const string Name = "Bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[Name] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "The configured Api:Token, as 'Authorization: Bearer <token>'.",
        };
        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<ApiToken.Required>().Any())
        {
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Name, context.Document)] = [] });
        }

        return Task.CompletedTask;
    }
}
