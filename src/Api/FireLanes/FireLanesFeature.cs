using FireMap.Api.GraphQL;

namespace FireMap.Api.FireLanes;

/// <summary>Fire lanes (消防车通道): their repository and the planners' queries.</summary>
public static class FireLanesFeature
{
    public static WebApplicationBuilder AddFireLanes(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<FireLaneRepository>();
        builder.Services.AddSingleton<IRootFields, FireLaneFields>();
        return builder;
    }
}
