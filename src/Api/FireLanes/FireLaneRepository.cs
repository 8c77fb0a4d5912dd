using System.Globalization;
using FireMap.Api.Database;
using FireMap.Spatial.Geometry;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.FireLanes;

/// <summary>Reads fire lanes with their current state: by id, and keyset-paged within a box and by status.</summary>
public sealed class FireLaneRepository(NpgsqlDataSource dataSource)
{
    internal const string Columns = """
        l.id, l.code, l.name, l.compound_id, x.name AS compound_name, l.clear_width_m, l.clear_height_m,
        s.status, s.effective_width_m, s.active_blockages, s.length_m, ST_AsGeoJSON(l.geom, 7) AS geometry
        """;

    internal const string From = """
        FROM fire_lanes l
        JOIN fire_lane_states s ON s.lane_id = l.id
        JOIN compounds x ON x.id = l.compound_id
        """;

    private static readonly string _filter =
        $"{string.Format(CultureInfo.InvariantCulture, BoxParameters.Filter, "l")} AND (@statuses::text[] IS NULL OR s.status = ANY (@statuses))";

    public async Task<FireLaneRecord?> FindAsync(long id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand($"SELECT {Columns} {From} WHERE l.id = @id");
        command.Parameters.AddWithValue("id", id);
        return (await ReadAsync(command, cancellationToken)).SingleOrDefault();
    }

    public async Task<IReadOnlyList<FireLaneRecord>> ListAsync(BoundingBox? box, IReadOnlyList<string>? statuses, long? afterId, int limit,
        CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand(
            $"SELECT {Columns} {From} WHERE {_filter} AND (@after::bigint IS NULL OR l.id > @after) ORDER BY l.id LIMIT @limit");
        Bind(command, box, statuses);
        command.Parameters.Add(new NpgsqlParameter("after", NpgsqlDbType.Bigint) { Value = (object?)afterId ?? DBNull.Value });
        command.Parameters.AddWithValue("limit", limit);
        return await ReadAsync(command, cancellationToken);
    }

    public async Task<int> CountAsync(BoundingBox? box, IReadOnlyList<string>? statuses, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand($"SELECT count(*)::int {From} WHERE {_filter}");
        Bind(command, box, statuses);
        return (int)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static void Bind(NpgsqlCommand command, BoundingBox? box, IReadOnlyList<string>? statuses)
    {
        BoxParameters.Add(command.Parameters, box);
        command.Parameters.Add(new NpgsqlParameter("statuses", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = (object?)statuses?.ToArray() ?? DBNull.Value });
    }

    internal static async Task<List<FireLaneRecord>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var lanes = new List<FireLaneRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            lanes.Add(new FireLaneRecord(
                reader.GetInt64(0), reader.GetString(1), reader.GetNullableString(2), reader.GetInt64(3), reader.GetString(4),
                reader.GetDecimal(5), reader.GetDecimal(6), reader.GetString(7), reader.GetDecimal(8), reader.GetInt32(9),
                reader.GetDouble(10), reader.GetGeoJson(11)));
        }

        return lanes;
    }
}
