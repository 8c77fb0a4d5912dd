using FireMap.Api.GraphQL;

namespace FireMap.Api.Blockages;

/// <summary>Blockages of fire lanes: repository, report and clear commands, the per-request loader, queries, mutations and exports.</summary>
public static class BlockagesFeature
{
    public static WebApplicationBuilder AddBlockages(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<BlockageRepository>();
        builder.Services.AddSingleton<BlockageCommands>();
        builder.Services.AddScoped<CompoundBlockagesLoader>();
        builder.Services.AddSingleton<IRootFields, BlockageFields>();
        return builder;
    }

    public static WebApplication MapBlockages(this WebApplication app) => app.MapBlockageExports();
}
