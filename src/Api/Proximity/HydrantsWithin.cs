using FireMap.Api.Hydrants;
using Npgsql;

namespace FireMap.Api.Proximity;

/// <summary>Hydrants within a radius of a point, nearest first; the summary counts them by status.</summary>
public sealed class HydrantsWithin(NpgsqlDataSource dataSource)
{
    private const string Hits = $"""
        SELECT y.id, y.status
        FROM hydrants y
        WHERE ST_DWithin(y.geom::geography, {SearchArea.CenterSql}, @radius)
        """;

    private static readonly string Page =
        WithinSearch<HydrantRecord>.PageSql("hydrants", "y", "true", HydrantColumns.Columns, "");

    private const string Summary = $"""
        SELECT h.status, count(*)::int, 0, 0::bigint, 0::bigint
        FROM ({Hits}) h
        GROUP BY h.status
        ORDER BY h.status
        """;

    private readonly WithinSearch<HydrantRecord> _search = new(dataSource, Page, Summary, HydrantColumns.Read);

    public Task<WithinPage<HydrantRecord>> FindAsync(WithinRequest request, CancellationToken cancellationToken) =>
        _search.RunAsync(request, _ => { }, cancellationToken);
}
