using Npgsql;

namespace FireMap.Api.Reports.Sections;

/// <summary>
/// Inspections recorded in the period in the community, and the high-rises, compounds and places with no inspection in
/// it — the same subjects and period bounds as <c>inspectionCoverage</c>.
/// </summary>
internal sealed class InspectionReportSection : IReportSection
{
    public string Section => "inspections";

    private const string Inspected = """
        EXISTS (SELECT 1 FROM inspections i WHERE i.subject_type = '{0}' AND i.subject_id = {1}.id AND i.inspected_at >= @from_at AND i.inspected_at < @to_at)
        """;

    public async Task<IReadOnlyList<ReportFigureValue>> CompileAsync(NpgsqlConnection connection, ReportScope scope, CancellationToken cancellationToken) =>
    [
        await ReportSql.FigureAsync(connection, Section, "inspections_done", """
            SELECT 'inspection', i.id, i.id::text,
                   COALESCE(CASE i.subject_type WHEN 'building' THEN b.name WHEN 'place' THEN p.name WHEN 'compound' THEN x.name
                                                WHEN 'fire_lane' THEN COALESCE(l.name, l.code) END, '')
            FROM inspections i
            LEFT JOIN buildings b ON i.subject_type = 'building' AND b.id = i.subject_id
            LEFT JOIN places p ON i.subject_type = 'place' AND p.id = i.subject_id
            LEFT JOIN compounds x ON i.subject_type = 'compound' AND x.id = i.subject_id
            LEFT JOIN fire_lanes l ON i.subject_type = 'fire_lane' AND l.id = i.subject_id
            WHERE i.community_id = @community AND i.inspected_at >= @from_at AND i.inspected_at < @to_at
            ORDER BY i.inspected_at, i.id
            """, scope, cancellationToken),
        await ReportSql.FigureAsync(connection, Section, "uninspected_high_rise",
            $"SELECT 'building', b.id, b.code, b.name FROM buildings b WHERE b.is_high_rise AND b.community_id = @community AND NOT {string.Format(System.Globalization.CultureInfo.InvariantCulture, Inspected, "building", "b")} ORDER BY b.code",
            scope, cancellationToken),
        await ReportSql.FigureAsync(connection, Section, "uninspected_compound",
            $"SELECT 'compound', x.id, x.code, x.name FROM compounds x WHERE x.community_id = @community AND NOT {string.Format(System.Globalization.CultureInfo.InvariantCulture, Inspected, "compound", "x")} ORDER BY x.code",
            scope, cancellationToken),
        await ReportSql.FigureAsync(connection, Section, "uninspected_place",
            $"SELECT 'place', p.id, p.code, p.name FROM places p WHERE p.community_id = @community AND NOT {string.Format(System.Globalization.CultureInfo.InvariantCulture, Inspected, "place", "p")} ORDER BY p.code",
            scope, cancellationToken),
    ];
}
