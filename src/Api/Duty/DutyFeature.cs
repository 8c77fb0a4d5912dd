using FireMap.Api.GraphQL;
using FireMap.Api.Imports;
using FireMap.Api.Reports;

namespace FireMap.Api.Duty;

/// <summary>Duty and readiness (值守与战备): rosters, event venues, readiness checks, coverage of the next holiday, and the roster export.</summary>
public static class DutyFeature
{
    public static WebApplicationBuilder AddDuty(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<DutyRepository>();
        builder.Services.AddSingleton<IDemoDataPart, DemoDuty>();
        builder.Services.AddSingleton<IReportSection, DutyReportSection>();
        builder.Services.AddSingleton<IRootFields, DutyFields>();
        return builder;
    }

    public static WebApplication MapDuty(this WebApplication app) => app.MapDutyExports();
}
