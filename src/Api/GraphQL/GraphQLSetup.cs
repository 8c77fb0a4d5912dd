using FireMap.Api.Blockages;
using FireMap.Api.Buildings;
using FireMap.Api.Compounds;
using FireMap.Api.FireLanes;
using FireMap.Api.GraphQL.Batching;
using FireMap.Api.GraphQL.Errors;
using FireMap.Api.GraphQL.Http;
using FireMap.Api.GraphQL.Types;
using FireMap.Api.Proximity;
using FireMap.Api.Stations;
using GraphQL;

namespace FireMap.Api.GraphQL;

/// <summary>Registers the schema, its serializer, error policy and query limits.</summary>
public static class GraphQLSetup
{
    /// <summary>Deepest selection nesting a query may have.</summary>
    public const int MaxDepth = 15;

    /// <summary>Upper bound of the estimated work of one query (fields × list sizes).</summary>
    public const int MaxComplexity = 50_000;

    public static WebApplicationBuilder AddFireMapGraphQL(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<BuildingRepository>();
        builder.Services.AddSingleton<CompoundRepository>();
        builder.Services.AddSingleton<StationRepository>();
        builder.Services.AddSingleton<FireLaneRepository>();
        builder.Services.AddSingleton<BlockageRepository>();
        builder.Services.AddSingleton<BlockageCommands>();
        builder.Services.AddScoped<CompoundBlockagesLoader>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<BuildingsWithin>();
        builder.Services.AddSingleton<PlacesWithin>();
        builder.Services.AddSingleton<HydrantsWithin>();
        builder.Services.AddTransient(typeof(WithinConnectionGraphType<,>));
        builder.Services.AddTransient(typeof(WithinEdgeGraphType<,>));
        builder.Services.AddGraphQL(graphQL => graphQL
            .AddSchema<FireMapSchema>()
            .AddGraphTypes(typeof(FireMapSchema).Assembly)
            .AddSystemTextJson()
            .AddErrorInfoProvider<FireMapErrorInfoProvider>()
            .AddComplexityAnalyzer(options =>
            {
                options.MaxDepth = MaxDepth;
                options.MaxComplexity = MaxComplexity;
            })
            .AddUnhandledExceptionHandler(context =>
            {
                context.ErrorMessage = "Internal error; it has been logged.";
            })
            .AddFireMapDocumentCache());
        return builder;
    }
}
