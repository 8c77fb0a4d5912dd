using FireMap.Api.GraphQL;

namespace FireMap.Api.Proximity;

/// <summary>Radius and nearest queries over buildings, places and hydrants, at the root and around each station, with exports.</summary>
public static class ProximityFeature
{
    public static WebApplicationBuilder AddProximity(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<BuildingsWithin>();
        builder.Services.AddSingleton<PlacesWithin>();
        builder.Services.AddSingleton<HydrantsWithin>();
        builder.Services.AddTransient(typeof(WithinConnectionGraphType<,>));
        builder.Services.AddTransient(typeof(WithinEdgeGraphType<,>));
        builder.Services.AddSingleton<IRootFields, ProximityRootFields>();
        return builder;
    }

    public static WebApplication MapProximity(this WebApplication app) => app.MapWithinExports();
}
