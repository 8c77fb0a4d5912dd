using FireMap.Api.GraphQL;
using GraphQL.DI;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FireMap.Api.Hazards;

/// <summary>
/// Fire hazards and their rectification workflow (发现 → 整改 → 复查 → 销号, 挂牌督办): repository, commands,
/// alerts, the queries and mutations, <c>hazards</c> on compounds, buildings and places, the list export and the daily alert export.
/// Configuration: <c>FireMap:Hazards</c> (<see cref="HazardOptions"/>: default deadlines, supervising unit, due-soon days).
/// </summary>
public static class HazardsFeature
{
    public static WebApplicationBuilder AddHazards(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<HazardOptions>().Bind(builder.Configuration.GetSection(HazardOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<HazardCalendar>();
        services.AddSingleton<HazardRepository>();
        services.AddSingleton<HazardCommands>();
        services.AddSingleton<HazardAlerts>();
        services.AddScoped<HazardTransitionsLoader>();
        services.AddScoped<HazardPhotosLoader>();
        services.AddScoped<HazardNodeLoader>();
        services.AddSingleton<IRootFields, HazardFields>();
        services.AddSingleton<IRootFields, HazardMutationFields>();
        services.AddSingleton<IConfigureSchema, HazardFieldsOnNodes>();
        return builder;
    }

    public static WebApplication MapHazards(this WebApplication app) => app.MapHazardExports().MapHazardAlertExports();
}
