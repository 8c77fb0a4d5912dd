using Npgsql;

namespace FireMap.Api.Reports.Sections;

/// <summary>Blockages on the fire lanes of the community's compounds: reported and cleared in the period, still active at its end.</summary>
internal sealed class BlockageReportSection : IReportSection
{
    public string Section => "blockages";

    private const string Rows = """
        SELECT 'blockage', k.id, k.code, COALESCE(l.name, l.code) || ' · ' || x.name
        FROM blockages k JOIN fire_lanes l ON l.id = k.lane_id JOIN compounds x ON x.id = l.compound_id
        WHERE x.community_id = @community
        """;

    public async Task<IReadOnlyList<ReportFigureValue>> CompileAsync(NpgsqlConnection connection, ReportScope scope, CancellationToken cancellationToken) =>
    [
        await ReportSql.FigureAsync(connection, Section, "blockages_reported",
            $"{Rows} AND k.reported_at >= @from_at AND k.reported_at < @to_at ORDER BY k.reported_at, k.id", scope, cancellationToken),
        await ReportSql.FigureAsync(connection, Section, "blockages_cleared",
            $"{Rows} AND k.cleared_at >= @from_at AND k.cleared_at < @to_at ORDER BY k.cleared_at, k.id", scope, cancellationToken),
        await ReportSql.FigureAsync(connection, Section, "blockages_active",
            $"{Rows} AND k.reported_at < @to_at AND (k.cleared_at IS NULL OR k.cleared_at >= @to_at) ORDER BY k.reported_at, k.id", scope, cancellationToken),
    ];
}
