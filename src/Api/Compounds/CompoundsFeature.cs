using FireMap.Api.GraphQL;

namespace FireMap.Api.Compounds;

/// <summary>Compounds: their repository, their queries and the record edit.</summary>
public static class CompoundsFeature
{
    public static WebApplicationBuilder AddCompounds(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<CompoundRepository>();
        builder.Services.AddSingleton<CompoundCommands>();
        builder.Services.AddSingleton<IRootFields, CompoundFields>();
        return builder;
    }
}
