using FireMap.Api.Database;
using FireMap.Spatial.Geometry;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.Stations;

/// <summary>Reads stations by id, and the stations nearest to a point.</summary>
public sealed class StationRepository(NpgsqlDataSource dataSource)
{
    private const string Columns = """
        s.id, s.code, s.name, s.kind, s.address, c.code AS community_code, s.staff, s.vehicles,
        ST_X(s.geom), ST_Y(s.geom), ST_AsGeoJSON(s.geom, 7) AS geometry
        """;

    private const string From = "FROM stations s LEFT JOIN communities c ON c.id = s.community_id";

    // The KNN operator walks the geography index nearest-first; the outer query orders the few
    // candidates by exact spheroid distance, then id, so that ties break the same way every time.
    private const string Nearest = $"""
        SELECT * FROM (
            SELECT {Columns}, ST_Distance(s.geom::geography, ST_SetSRID(ST_MakePoint(@lon, @lat), 4326)::geography) AS distance
            {From}
            WHERE @kinds::text[] IS NULL OR s.kind = ANY (@kinds)
            ORDER BY s.geom::geography <-> ST_SetSRID(ST_MakePoint(@lon, @lat), 4326)::geography
            LIMIT @limit
        ) n
        ORDER BY n.distance, n.id
        """;

    public const int MaxNearest = 50;

    public async Task<StationRecord?> FindAsync(long id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand($"SELECT {Columns} {From} WHERE s.id = @id");
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    /// <summary>The <paramref name="limit"/> stations nearest to <paramref name="point"/>, with geodesic distances in metres.</summary>
    public async Task<IReadOnlyList<StationDistance>> NearestAsync(
        GeoPoint point, IReadOnlyList<string>? kinds, int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand(Nearest);
        command.Parameters.Add(new NpgsqlParameter("lon", NpgsqlDbType.Double) { Value = point.Lon });
        command.Parameters.Add(new NpgsqlParameter("lat", NpgsqlDbType.Double) { Value = point.Lat });
        command.Parameters.Add(new NpgsqlParameter("kinds", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = (object?)kinds?.ToArray() ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("limit", NpgsqlDbType.Integer) { Value = limit });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var stations = new List<StationDistance>();
        while (await reader.ReadAsync(cancellationToken))
        {
            stations.Add(new StationDistance(Read(reader), reader.GetDouble(11)));
        }

        return stations;
    }

    private static StationRecord Read(NpgsqlDataReader reader) => new(
        reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
        reader.GetNullableString(5), reader.GetInt32(6), reader.GetInt32(7), reader.GetDouble(8), reader.GetDouble(9), reader.GetGeoJson(10));
}
