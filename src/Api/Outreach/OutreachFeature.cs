using FireMap.Api.GraphQL;
using FireMap.Api.Imports;
using FireMap.Api.Reports;

namespace FireMap.Api.Outreach;

/// <summary>
/// The outreach and training register (宣传培训): activities with kind, date, unit or place and audience; the seed's
/// targets per community and period with their attainment; the list export; the monthly report's outreach section;
/// and the demo activities and targets.
/// </summary>
public static class OutreachFeature
{
    public static WebApplicationBuilder AddOutreach(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddSingleton<OutreachRepository>();
        services.AddSingleton<OutreachCommands>();
        services.AddSingleton<IRootFields, OutreachFields>();
        services.AddSingleton<IReportSection, OutreachReportSection>();
        services.AddSingleton<IDemoDataPart, DemoOutreach>();
        return builder;
    }

    public static WebApplication MapOutreach(this WebApplication app) => app.MapOutreachExports();
}
