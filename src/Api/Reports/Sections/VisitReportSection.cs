using Npgsql;

namespace FireMap.Api.Reports.Sections;

/// <summary>
/// Door-knock visits in the community: those recorded in the period, and the residents whose visit was overdue at its
/// end (the last visit before the end, or the registration, plus the visit frequency, before the last day). The register
/// is personal data and reports are read by every role, so the rows name the building, never the resident.
/// </summary>
internal sealed class VisitReportSection : IReportSection
{
    public string Section => "visits";

    public async Task<IReadOnlyList<ReportFigureValue>> CompileAsync(NpgsqlConnection connection, ReportScope scope, CancellationToken cancellationToken) =>
    [
        await ReportSql.FigureAsync(connection, Section, "visits_done", """
            SELECT 'visit', v.id, v.id::text, b.name
            FROM visits v JOIN vulnerable_residents r ON r.id = v.resident_id JOIN buildings b ON b.id = r.building_id
            WHERE b.community_id = @community AND v.visited_at >= @from_at AND v.visited_at < @to_at
            ORDER BY v.visited_at, v.id
            """, scope, cancellationToken),
        await ReportSql.FigureAsync(connection, Section, "visits_overdue", """
            SELECT 'building', b.id, b.code, b.name
            FROM vulnerable_residents r JOIN buildings b ON b.id = r.building_id
            LEFT JOIN LATERAL (SELECT max(v.visited_at) AS last_at FROM visits v WHERE v.resident_id = r.id AND v.visited_at < @to_at) l ON true
            WHERE b.community_id = @community AND r.registered_on <= @to
              AND COALESCE((l.last_at AT TIME ZONE 'Asia/Shanghai')::date, r.registered_on) + r.visit_frequency_days < @to
            ORDER BY b.code, r.id
            """, scope, cancellationToken),
    ];
}
