using FireMap.Api.GraphQL;

namespace FireMap.Api.Buildings;

/// <summary>Buildings: their repository, their queries and the record edit.</summary>
public static class BuildingsFeature
{
    public static WebApplicationBuilder AddBuildings(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<BuildingRepository>();
        builder.Services.AddScoped<BuildingChiefLoader>();
        builder.Services.AddSingleton<BuildingCommands>();
        builder.Services.AddSingleton<IRootFields, BuildingFields>();
        return builder;
    }
}
