using FireMap.Api.GraphQL;
using GraphQL.DI;
using Microsoft.Extensions.Options;

namespace FireMap.Api.FieldWork;

/// <summary>
/// Field work (docs/field-work.md): inspections against the configured checklists, their coverage and its map layer,
/// the register of vulnerable residents (personal data) and the door-knock visits to them, overdue visits in the alerts
/// and the weekly visit list. Configuration: <c>FireMap:FieldWork</c> (<see cref="FieldWorkOptions"/>).
/// </summary>
public static class FieldWorkFeature
{
    public static WebApplicationBuilder AddFieldWork(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<FieldWorkOptions>().Bind(builder.Configuration.GetSection(FieldWorkOptions.Section));
        services.AddSingleton(provider => ChecklistBook.Load(
            provider.GetRequiredService<IOptions<FieldWorkOptions>>().Value.ChecklistsPath(provider.GetRequiredService<FireMapPaths>())));
        services.AddSingleton<InspectionRepository>();
        services.AddSingleton<InspectionCommands>();
        services.AddSingleton<InspectionCoverageRepository>();
        services.AddScoped<FieldWorkLoader>();
        services.AddSingleton<IRootFields, InspectionFields>();
        services.AddSingleton<IConfigureSchema, FieldWorkOnNodes>();
        return builder;
    }

    public static WebApplication MapFieldWork(this WebApplication app) => app.MapUninspectedLayer();
}
