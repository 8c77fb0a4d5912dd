using FireMap.Api.Changes;
using FireMap.Api.GraphQL;
using FireMap.Api.Jobs;
using FireMap.Api.Risk.Exports;
using FireMap.Api.Risk.Inputs;
using FireMap.Api.Risk.Periods;
using FireMap.Api.Risk.Ranking;
using FireMap.Api.Risk.Runs;
using FireMap.Api.Risk.Schema;
using FireMap.Api.Risk.Storage;
using FireMap.Api.Risk.WhatIf;
using FireMap.Spatial.Risk.Model;
using GraphQL.DI;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FireMap.Api.Risk;

/// <summary>
/// Adds the fire-risk model to the service (docs/risk-model.md): the model from its JSON file (checked at
/// start-up; a broken file stops the service with every problem listed), input gathering, stored runs,
/// recomputes at start-up, daily, on request and after changes, the GraphQL fields and the exports.
/// Configuration: <c>FireMap:Risk:Model</c> (path of the model file; <c>data/risk/model-v2.json</c> by
/// default), <c>FireMap:Risk:RecomputeOnStart</c> and <c>FireMap:Risk:DailyRuns</c> (both true by default; the daily run is the
/// <c>risk-daily</c> job), <c>FireMap:Risk:KeepDailyRunsDays</c> (90; the <c>risk-retention</c> job): see <see cref="RiskOptions"/>.
/// </summary>
public static class RiskFeature
{
    public static WebApplicationBuilder AddRisk(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<RiskOptions>().Bind(builder.Configuration.GetSection(RiskOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RiskOptions>, RiskModelValidation>();
        services.AddSingleton(provider => RiskModel.Load(
            provider.GetRequiredService<IOptions<RiskOptions>>().Value.ModelPath(provider.GetRequiredService<FireMapPaths>())));
        services.AddSingleton<RiskModelSource>();
        services.AddSingleton<RiskPeriodStore>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ChinaCalendar>();
        services.AddSingleton<RiskDatabase>();
        services.AddSingleton<RiskInputReader>();
        services.AddSingleton<RiskRuns>();
        services.AddSingleton<RiskRecompute>();
        services.AddSingleton<IDataChangeListener>(provider => provider.GetRequiredService<RiskRecompute>());
        services.AddSingleton<RiskRanking>();
        services.AddSingleton<RiskScopes>();
        services.AddSingleton<RiskWhatIfService>();
        services.AddScoped<RiskNodeLoader>();
        services.AddScoped<LatestRiskLoader>();
        services.AddSingleton<IConfigureSchema, RiskFieldsOnNodes>();
        services.AddSingleton<IRootFields, RiskFields>();
        services.AddSingleton<IRootFields, RiskPeriodFields>();
        services.AddHostedService<RiskDailyRuns>();
        if (builder.Configuration.GetValue($"{RiskOptions.Section}:{nameof(RiskOptions.DailyRuns)}", true))
        {
            services.AddScheduledJob<RiskDailyJob>();
        }

        services.AddScheduledJob<RiskRetention>();
        return builder;
    }

    public static WebApplication MapRisk(this WebApplication app) => app.MapRiskExports();
}
