using FireMap.Api.Database;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.Proximity;

/// <summary>
/// Runs a radius search defined by two statements: the page (the node's columns with the id
/// first and the distance last, ordered by distance then id) and the summary (one row per
/// category: key, count, high-rise count, occupants, capacity).
/// </summary>
internal sealed class WithinSearch<T>(NpgsqlDataSource dataSource, string pageSql, string summarySql, Func<NpgsqlDataReader, T> read)
{
    /// <summary>
    /// The page statement of a radius search over <paramref name="table"/> (alias <paramref name="alias"/>)
    /// meeting <paramref name="filters"/>: hits after the cursor, nearest first, then by id, with
    /// <paramref name="columns"/> (the id first) and the distance last.
    /// </summary>
    /// <remarks>
    /// Measuring every hit of a large radius on the spheroid costs ~25 µs a footprint, so the page
    /// is found from the sphere distance the KNN index orders by, measuring on the spheroid only the
    /// rows that can be on the page. The page holds nothing farther on the spheroid than the
    /// <c>@limit</c>-th nearest row on the sphere, whose spheroid distance is within 1 % (+ 1 m) of its
    /// sphere distance: that bounds the page. Only rows within that bound (widened by 1 % + 1 m again,
    /// for the sphere test) are measured exactly, once each.
    /// <para>
    /// One index walk usually finds them all: it reads a few more candidates than the page (an
    /// eighth more, and 8), and when the last of them lies beyond the widened bound — or the walk
    /// ran out of rows — every row within the bound is among them (~6 rows lie between the page's
    /// edge and the bound for a page of 101 in a dense city). Otherwise a second walk reads every
    /// row within the bound from the index. Either way the same rows are measured and the page is
    /// exact.
    /// </para>
    /// <para>
    /// No step but the last measures on the spheroid. The candidates are tested against the radius
    /// on the sphere, widened by 1 % + 1 m, so they include every hit (and may include a few just
    /// outside). Should one of those be among them, the farthest candidate lies about a radius
    /// away, the bound becomes the radius, and the last step tests the radius exactly. When the
    /// bound is well inside the radius (a dense city: a few hundred metres of 2 km), every row the
    /// last step reads is inside the radius, and the exact radius test is left out.
    /// </para>
    /// </remarks>
    public static string PageSql(string table, string alias, string filters, string columns, string joins)
    {
        // The centre is written out (not joined from a CTE) so that the planner sees a constant:
        // only then can the KNN operator walk the index in distance order and stop early. The
        // first two steps are MATERIALIZED: inlined into a generic (prepared) plan they would run
        // again for every row of the last step. The candidates' radius is a sub-select, which the
        // planner cannot see into: given the value (the first, custom plans of a prepared
        // statement), it estimates thousands of hits and picks a bitmap scan that tests and sorts
        // every one of them (~100 × slower at 2 km in a dense city) over the index walk that stops
        // after the limit, which is what it picks when it cannot tell. The second walk joins the
        // one-row bound first (its index condition needs the bound), so when the candidates hold
        // the page the bound's row is filtered out and the second walk never starts.
        var geography = $"{alias}.geom::geography";
        var center = SearchArea.CenterSql;
        var afterCursor = $"(@after_distance::float8 IS NULL OR (ST_Distance({geography}, {center}), {alias}.id) > (@after_distance, @after_id))";
        return $"""
            WITH candidates AS MATERIALIZED (
                SELECT {alias}.id, {alias}.geom, {geography} <-> {center} AS sphere
                FROM {table} {alias}
                WHERE ST_DWithin({geography}, {center}, (SELECT @radius::float8 * 1.01 + 1), false) AND {filters}
                  -- Rows well inside the cursor's distance are skipped by the cheap sphere distance first.
                  AND (@after_distance::float8 IS NULL OR {geography} <-> {center} >= @after_distance * 0.99 - 1)
                  AND {afterCursor}
                ORDER BY {geography} <-> {center}
                LIMIT @limit + @limit / 8 + 8
            ),
            bound AS MATERIALIZED (
                SELECT b.meters,
                       b.walked < @limit + @limit / 8 + 8 OR b.farthest > b.meters * 1.01 + 1 AS complete
                FROM (
                    SELECT LEAST(COALESCE((SELECT sphere FROM candidates ORDER BY sphere OFFSET @limit - 1 LIMIT 1), max(sphere)) * 1.01 + 1, @radius) AS meters,
                           count(*) AS walked, max(sphere) AS farthest
                    FROM candidates
                ) b
            ),
            page AS (
                SELECT c.id, ST_Distance(c.geom::geography, {center}) AS distance
                FROM candidates c, bound
                WHERE bound.complete AND c.sphere <= bound.meters * 1.01 + 1
                  AND (bound.meters * 1.0201 + 2.02 < @radius OR ST_DWithin(c.geom::geography, {center}, @radius))
                UNION ALL
                SELECT {alias}.id, ST_Distance({geography}, {center})
                FROM bound, {table} {alias}
                WHERE NOT bound.complete
                  AND ST_DWithin({geography}, {center}, bound.meters * 1.01 + 1, false)
                  AND (bound.meters * 1.0201 + 2.02 < @radius OR ST_DWithin({geography}, {center}, @radius))
                  AND {filters} AND {afterCursor}
                ORDER BY distance, id
                LIMIT @limit
            )
            SELECT {columns}, h.distance
            FROM page h
            JOIN {table} {alias} ON {alias}.id = h.id
            {joins}
            ORDER BY h.distance, h.id
            """;
    }

    public async Task<WithinPage<T>> RunAsync(WithinRequest request, Action<NpgsqlParameterCollection> bindFilters, CancellationToken cancellationToken)
    {
        var hits = new List<Hit<T>>(request.First + 1);
        await using (var command = dataSource.Routed().CreateCommand(pageSql))
        {
            request.Area.Bind(command.Parameters);
            bindFilters(command.Parameters);
            command.Parameters.Add(new NpgsqlParameter("after_distance", NpgsqlDbType.Double) { Value = (object?)request.After?.DistanceMeters ?? DBNull.Value });
            command.Parameters.Add(new NpgsqlParameter("after_id", NpgsqlDbType.Bigint) { Value = (object?)request.After?.Id ?? DBNull.Value });
            command.Parameters.Add(new NpgsqlParameter("limit", NpgsqlDbType.Integer) { Value = request.First + 1 });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                hits.Add(new Hit<T>(read(reader), reader.GetDouble(reader.FieldCount - 1), reader.GetInt64(0)));
            }
        }

        var hasNext = hits.Count > request.First;
        return new WithinPage<T>(hits.Take(request.First).ToList(), hasNext, request.After is not null,
            () => SummarizeAsync(request.Area, bindFilters, cancellationToken));
    }

    private async Task<WithinSummary> SummarizeAsync(SearchArea area, Action<NpgsqlParameterCollection> bindFilters, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand(summarySql);
        area.Bind(command.Parameters);
        bindFilters(command.Parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var byCategory = new List<CountBy>();
        int total = 0, highRise = 0;
        long occupants = 0, capacity = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            var count = reader.GetInt32(1);
            byCategory.Add(new CountBy(reader.GetString(0), count));
            total += count;
            highRise += reader.GetInt32(2);
            occupants += reader.GetInt64(3);
            capacity += reader.GetInt64(4);
        }

        return new WithinSummary(total, byCategory, highRise, occupants, capacity);
    }
}
