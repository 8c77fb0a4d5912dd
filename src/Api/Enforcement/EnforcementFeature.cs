using FireMap.Api.GraphQL;
using FireMap.Api.Imports;
using FireMap.Api.Reports;

namespace FireMap.Api.Enforcement;

/// <summary>
/// The enforcement register (执法): cases against units or places with kind, dates, deadline, linked hazards and
/// status; the clearance per community (执法清零); the list export; the monthly report's enforcement section; and the
/// demo cases. Writes need the <c>enforce</c> rule.
/// </summary>
public static class EnforcementFeature
{
    public static WebApplicationBuilder AddEnforcement(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddSingleton<EnforcementRepository>();
        services.AddSingleton<EnforcementCommands>();
        services.AddSingleton<IRootFields, EnforcementFields>();
        services.AddSingleton<IReportSection, EnforcementReportSection>();
        services.AddSingleton<IDemoDataPart, DemoEnforcement>();
        return builder;
    }

    public static WebApplication MapEnforcement(this WebApplication app) => app.MapEnforcementExports();
}
