using FireMap.Api.Places;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.Proximity;

/// <summary>Places within a radius of a point, nearest first, optionally of some categories only.</summary>
public sealed class PlacesWithin(NpgsqlDataSource dataSource)
{
    private const string Filters = "(@categories::text[] IS NULL OR p.category = ANY (@categories))";

    private const string Hits = $"""
        SELECT p.id, p.category, p.capacity
        FROM places p
        WHERE ST_DWithin(p.geom::geography, {SearchArea.CenterSql}, @radius) AND {Filters}
        """;

    private static readonly string Page =
        WithinSearch<PlaceRecord>.PageSql("places", "p", Filters, PlaceColumns.Columns, PlaceColumns.Joins);

    private const string Summary = $"""
        SELECT h.category, count(*)::int, 0, 0::bigint, COALESCE(sum(h.capacity), 0)::bigint
        FROM ({Hits}) h
        GROUP BY h.category
        ORDER BY h.category
        """;

    private readonly WithinSearch<PlaceRecord> _search = new(dataSource, Page, Summary, PlaceColumns.Read);

    public Task<WithinPage<PlaceRecord>> FindAsync(WithinRequest request, IReadOnlyList<string>? categories, CancellationToken cancellationToken) =>
        _search.RunAsync(request, parameters =>
            parameters.Add(new NpgsqlParameter("categories", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = (object?)categories?.ToArray() ?? DBNull.Value }),
            cancellationToken);
}
