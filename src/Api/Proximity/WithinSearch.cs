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
    /// The page of a hits query (columns <c>id</c>, <c>distance</c>, ...): after the cursor, nearest
    /// first, limited before anything is joined, so that a large radius costs one sort of ids and
    /// distances rather than a join of every hit.
    /// </summary>
    public static string Window(string hits) => $"""
        SELECT * FROM ({hits}) k
        WHERE @after_distance::float8 IS NULL OR (k.distance, k.id) > (@after_distance, @after_id)
        ORDER BY k.distance, k.id
        LIMIT @limit
        """;

    public async Task<WithinPage<T>> RunAsync(WithinRequest request, Action<NpgsqlParameterCollection> bindFilters, CancellationToken cancellationToken)
    {
        var hits = new List<Hit<T>>(request.First + 1);
        await using (var command = dataSource.CreateCommand(pageSql))
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
        await using var command = dataSource.CreateCommand(summarySql);
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
