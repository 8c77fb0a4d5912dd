using FireMap.Api.GraphQL;

namespace FireMap.Api.Dashboard;

/// <summary>
/// The sub-district office's dashboard: the campaign's phase and days left, each community's hazards, blockages and
/// risk levels from the monthly report's compiler over the last seven days, this month's reports, risk level counts
/// and their change.
/// </summary>
public static class DashboardFeature
{
    public static WebApplicationBuilder AddDashboard(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<DashboardStore>();
        builder.Services.AddSingleton<IRootFields, DashboardFields>();
        return builder;
    }
}
