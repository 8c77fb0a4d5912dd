using FireMap.Api.Database;
using FireMap.Api.GraphQL.Risk;
using FireMap.Spatial.Risk.Model;
using FireMap.Spatial.Risk.Scoring;
using GraphQL.DI;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FireMap.Api.Risk;

/// <summary>
/// Adds the fire-risk model to the service (docs/risk-model.md): the model from its JSON file (checked at
/// start-up; a broken file stops the service with every problem listed), input gathering, stored runs,
/// recomputes at start-up, daily, on request and after changes, the GraphQL fields and the exports.
/// Configuration: <c>FireMap:Risk:Model</c> (path of the model file; <c>data/risk/model-v1.json</c> by
/// default), <c>FireMap:Risk:RecomputeOnStart</c> and <c>FireMap:Risk:DailyRuns</c> (both true by default).
/// </summary>
public static class RiskSetup
{
    public static WebApplicationBuilder AddRisk(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var paths = FireMapPaths.Resolve(builder.Configuration);
        var configured = builder.Configuration["FireMap:Risk:Model"];
        var settings = new RiskSettings(
            string.IsNullOrWhiteSpace(configured) ? Path.Combine(paths.Root, "data", "risk", "model-v1.json") : Path.GetFullPath(configured, paths.Root),
            builder.Configuration.GetValue("FireMap:Risk:RecomputeOnStart", true),
            builder.Configuration.GetValue("FireMap:Risk:DailyRuns", true));
        var model = RiskModel.Load(settings.ModelPath);

        var services = builder.Services;
        services.AddSingleton(settings);
        services.AddSingleton(model);
        services.AddSingleton(new RiskScorer(model));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ChinaCalendar>();
        services.AddSingleton(provider => new RiskDatabase(provider.GetRequiredService<DatabaseSettings>().ConnectionString));
        services.AddSingleton<RiskInputReader>();
        services.AddSingleton<RiskRuns>();
        services.AddSingleton<RiskRecompute>();
        services.AddSingleton<RiskRanking>();
        services.AddSingleton<RiskScopes>();
        services.AddSingleton<RiskNodes>();
        services.AddSingleton<RiskWhatIfService>();
        services.AddScoped<RiskNodeLoader>();
        services.AddScoped<LatestRiskLoader>();
        services.AddSingleton<IConfigureSchema, RiskFieldsOnNodes>();
        services.AddHostedService<RiskDailyRuns>();
        return builder;
    }
}
