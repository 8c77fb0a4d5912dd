using FireMap.Api.GraphQL;

namespace FireMap.Api.Buildings;

/// <summary>Buildings: their repository and their queries.</summary>
public static class BuildingsFeature
{
    public static WebApplicationBuilder AddBuildings(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<BuildingRepository>();
        builder.Services.AddScoped<BuildingChiefLoader>();
        builder.Services.AddSingleton<IRootFields, BuildingFields>();
        return builder;
    }
}
