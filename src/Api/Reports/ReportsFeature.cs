using FireMap.Api.GraphQL;
using FireMap.Api.Hazards;
using FireMap.Api.Reports.Sections;
using GraphQL.DI;

namespace FireMap.Api.Reports;

/// <summary>
/// The monthly report each community owes the sub-district's emergency office by the report day: figures
/// compiled from the data by section (hazards, blockages, risk levels, the lists' gaps, and the sections other
/// features register), the narrative, submission that freezes it, reopening, and the XLSX export and roll-up; the campaign's final summary over the whole campaign.
/// </summary>
public static class ReportsFeature
{
    public static WebApplicationBuilder AddReports(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddSingleton<IReportSection, HazardReportSection>();
        services.AddSingleton<IReportSection, BlockageReportSection>();
        services.AddSingleton<IReportSection, InspectionReportSection>();
        services.AddSingleton<IReportSection, VisitReportSection>();
        services.AddSingleton<IReportSection, RiskReportSection>();
        services.AddSingleton<IReportSection, ListGapReportSection>();
        services.AddSingleton<MonthlyReportCompiler>();
        services.AddSingleton<MonthlyReportStore>();
        services.AddSingleton<IRootFields, MonthlyReportFields>();
        services.AddSingleton<IAlertSource, CampaignDeadlineAlerts>();
        services.AddSingleton<IConfigureSchema, ReportsOnAlerts>();
        services.AddSingleton<CampaignSummaryStore>();
        services.AddSingleton<IRootFields, CampaignSummaryFields>();
        return builder;
    }

    public static WebApplication MapReports(this WebApplication app) => app.MapMonthlyReportExports();
}
