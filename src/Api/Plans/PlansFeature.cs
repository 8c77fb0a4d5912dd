using FireMap.Api.GraphQL;

namespace FireMap.Api.Plans;

/// <summary>One plan per compound (一小区一对策): the plan query and its audited, versioned save.</summary>
public static class PlansFeature
{
    public static WebApplicationBuilder AddPlans(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<CompoundPlanCommands>();
        builder.Services.AddSingleton<IRootFields, CompoundPlanFields>();
        return builder;
    }
}
