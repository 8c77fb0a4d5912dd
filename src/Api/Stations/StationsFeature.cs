using FireMap.Api.GraphQL;

namespace FireMap.Api.Stations;

/// <summary>Fire stations, micro fire stations and volunteer teams: their repository and queries.</summary>
public static class StationsFeature
{
    public static WebApplicationBuilder AddStations(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<StationRepository>();
        builder.Services.AddSingleton<IRootFields, StationFields>();
        return builder;
    }
}
