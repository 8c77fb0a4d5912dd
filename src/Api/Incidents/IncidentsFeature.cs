using FireMap.Api.GraphQL;
using FireMap.Api.Reports;

namespace FireMap.Api.Incidents;

/// <summary>Incidents (火灾): entry and edit, lists, statistics and the winter comparison, and the list export.</summary>
public static class IncidentsFeature
{
    public static WebApplicationBuilder AddIncidents(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<IncidentRepository>();
        builder.Services.AddSingleton<IReportSection, IncidentReportSection>();
        builder.Services.AddSingleton<IRootFields, IncidentFields>();
        return builder;
    }

    public static WebApplication MapIncidents(this WebApplication app) => app.MapIncidentExports();
}
