using Npgsql;

namespace FireMap.Api.Reports.Sections;

/// <summary>
/// What the three lists still lack in the community, as the lists print it (blank text counts as missing): the
/// high-rises without management unit, maintenance contractor or building chief; compounds without property
/// management or maintenance contractor; places without responsible unit; open hazards without responsible person.
/// The records have no history, so these figures describe the data when the report is compiled (frozen at submission).
/// </summary>
internal sealed class ListGapReportSection : IReportSection
{
    public string Section => "lists";

    private const string HighRises = "SELECT 'building', b.id, b.code, b.name FROM buildings b WHERE b.is_high_rise AND b.community_id = @community";
    private const string Compounds = "SELECT 'compound', x.id, x.code, x.name FROM compounds x WHERE x.community_id = @community";

    public async Task<IReadOnlyList<ReportFigureValue>> CompileAsync(NpgsqlConnection connection, ReportScope scope, CancellationToken cancellationToken) =>
    [
        await ReportSql.FigureAsync(connection, Section, "gap_building_management",
            $"{HighRises} AND NULLIF(btrim(b.management_unit), '') IS NULL ORDER BY b.code", scope, cancellationToken),
        await ReportSql.FigureAsync(connection, Section, "gap_building_maintenance",
            $"{HighRises} AND NULLIF(btrim(b.maintenance_unit), '') IS NULL ORDER BY b.code", scope, cancellationToken),
        await ReportSql.FigureAsync(connection, Section, "gap_building_chief",
            $"{HighRises} AND NULLIF(btrim(b.chief_name), '') IS NULL ORDER BY b.code", scope, cancellationToken),
        await ReportSql.FigureAsync(connection, Section, "gap_compound_property",
            $"{Compounds} AND NULLIF(btrim(x.property_management_unit), '') IS NULL ORDER BY x.code", scope, cancellationToken),
        await ReportSql.FigureAsync(connection, Section, "gap_compound_maintenance",
            $"{Compounds} AND NULLIF(btrim(x.maintenance_unit), '') IS NULL ORDER BY x.code", scope, cancellationToken),
        await ReportSql.FigureAsync(connection, Section, "gap_place_responsible",
            "SELECT 'place', p.id, p.code, p.name FROM places p WHERE p.community_id = @community AND NULLIF(btrim(p.responsible_unit), '') IS NULL ORDER BY p.code",
            scope, cancellationToken),
        await ReportSql.FigureAsync(connection, Section, "gap_hazard_person", """
            SELECT 'hazard', h.id, h.code, h.description FROM hazards h
            WHERE h.community_id = @community AND h.found_on <= @to AND (h.closed_at IS NULL OR h.closed_at >= @to_at)
              AND NULLIF(btrim(h.responsible_person), '') IS NULL
            ORDER BY h.code
            """, scope, cancellationToken),
    ];
}
