using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FireMap.Api.GraphQL.Http;

/// <summary>
/// The GraphQL over HTTP endpoint. It executes whatever <c>ISchema</c>, <c>IDocumentExecuter</c>
/// and <c>IGraphQLTextSerializer</c> the GraphQL setup registers.
/// </summary>
public static class GraphQLHttpEndpointExtensions
{
    public static IServiceCollection AddGraphQLHttp(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<GraphQLHttpOptions>();
        services.TryAddSingleton<GraphQLHttpHandler>();
        return services;
    }

    /// <summary>
    /// Maps GET and POST at <paramref name="pattern"/> (any other method gets 405) and
    /// <c>{pattern}/ui</c>, which redirects to the GraphiQL page.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQLHttp(this IEndpointRouteBuilder endpoints, string pattern)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);

        var handler = endpoints.ServiceProvider.GetRequiredService<GraphQLHttpHandler>();
        var explorerPage = endpoints.ServiceProvider.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value.ExplorerPagePath;
        endpoints.MapGet(pattern.TrimEnd('/') + "/ui", context =>
        {
            context.Response.Redirect(context.Request.PathBase + explorerPage);
            return Task.CompletedTask;
        });

        return endpoints.Map(pattern, handler.HandleAsync).WithDisplayName("GraphQL over HTTP");
    }
}
