using FireMap.Api.GraphQL;

namespace FireMap.Api.Places;

/// <summary>Places: the published columns and graph type, and the record edit.</summary>
public static class PlacesFeature
{
    public static WebApplicationBuilder AddPlaces(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<PlaceCommands>();
        builder.Services.AddSingleton<IRootFields, PlaceFields>();
        return builder;
    }
}
