using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.Coverage;

/// <summary>
/// Keeps the routable network and the stations' reach current. A whole rebuild (speeds, graph,
/// building access, every station's reach) follows imports of roads, lanes, stations or buildings;
/// a blockage reported or cleared only flips its lane's <c>engine_blocked</c> and recomputes the
/// reach of the engine stations that reach that lane. Each change is one transaction under an
/// advisory lock, so readers see the old network or the new one, never half of each.
/// </summary>
public sealed class CoverageNetwork(NpgsqlDataSource dataSource, CoverageSettings settings, ILogger<CoverageNetwork> logger)
{
    private const long LockKey = 0x0C0E_2A6E;

    private const string SyncSpeeds = """
        DELETE FROM coverage_speeds;
        INSERT INTO coverage_speeds (vehicle, edge_class, kmh)
        SELECT * FROM unnest(@vehicles::text[], @classes::text[], @kmh::float8[]);
        """;

    // Stations of a kind with no vehicle get no reach; stations that are gone lose theirs.
    private const string ComputeReach = """
        DELETE FROM station_reach WHERE station_id NOT IN (SELECT id FROM stations);
        DELETE FROM station_reach_starts WHERE station_id NOT IN (SELECT id FROM stations);
        SELECT count(compute_station_reach(s.id, m.vehicle, @horizon, @link))
        FROM stations s
        JOIN unnest(@kinds::text[], @kind_vehicles::text[]) m (kind, vehicle) ON m.kind = s.kind
        WHERE @ids::bigint[] IS NULL OR s.id = ANY (@ids);
        """;

    // A lane whose blocked state changed, and the engine stations whose reach touches it (or start on it).
    private const string FlipBlockages = """
        WITH flipped AS (
            UPDATE network_edges e SET engine_blocked = (st.status = 'blocked')
            FROM fire_lane_states st JOIN fire_lanes l ON l.id = st.lane_id
            WHERE e.lane_id = st.lane_id AND l.compound_id = @compound AND e.engine_blocked IS DISTINCT FROM (st.status = 'blocked')
            RETURNING e.id, e.source, e.target
        )
        SELECT DISTINCT r.station_id
        FROM station_reach r JOIN station_reach_starts s ON s.station_id = r.station_id AND s.vehicle = 'engine'
        WHERE r.node_id IN (SELECT source FROM flipped UNION SELECT target FROM flipped)
        UNION
        SELECT s.station_id FROM station_reach_starts s WHERE s.edge_id IN (SELECT id FROM flipped)
        """;

    /// <summary>Counts up at every change, so that caches of derived answers know to drop them.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    private long _generation;

    /// <summary>Another instance changed the network (the tables are shared): answers derived here are stale.</summary>
    public void ChangedElsewhere() => Interlocked.Increment(ref _generation);

    /// <summary>Rebuilds everything: speeds from configuration, the graph, building access, every station's reach.</summary>
    public async Task RebuildAsync(CancellationToken cancellationToken)
    {
        var started = DateTime.UtcNow;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LockAsync(connection, cancellationToken);
        await using (var speeds = new NpgsqlCommand(SyncSpeeds, connection))
        {
            var all = settings.Speeds.All.ToList();
            speeds.Parameters.Add(new NpgsqlParameter("vehicles", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = all.Select(s => s.Vehicle).ToArray() });
            speeds.Parameters.Add(new NpgsqlParameter("classes", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = all.Select(s => s.EdgeClass).ToArray() });
            speeds.Parameters.Add(new NpgsqlParameter("kmh", NpgsqlDbType.Array | NpgsqlDbType.Double) { Value = all.Select(s => s.Kmh).ToArray() });
            await speeds.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var rebuild = new NpgsqlCommand("SELECT rebuild_road_network(@link)", connection))
        {
            rebuild.CommandTimeout = 0;
            rebuild.Parameters.AddWithValue("link", settings.Options.LaneLinkMeters);
            await rebuild.ExecuteNonQueryAsync(cancellationToken);
        }

        await ComputeReachAsync(connection, null, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Interlocked.Increment(ref _generation);
        logger.LogInformation("Road network and station reach rebuilt in {Milliseconds} ms", (DateTime.UtcNow - started).TotalMilliseconds);
    }

    /// <summary>Follows the blockages of one compound's lanes; recomputes only the stations they affect.</summary>
    public async Task RefreshBlockagesAsync(long compoundId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LockAsync(connection, cancellationToken);
        var stations = new List<long>();
        await using (var flip = new NpgsqlCommand(FlipBlockages, connection))
        {
            flip.Parameters.AddWithValue("compound", compoundId);
            await using var reader = await flip.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                stations.Add(reader.GetInt64(0));
            }
        }

        if (stations.Count > 0)
        {
            await ComputeReachAsync(connection, [.. stations], cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        Interlocked.Increment(ref _generation);
    }

    /// <summary>Computes the reach of <paramref name="stationIds"/> (every station when null) on <paramref name="connection"/>'s transaction.</summary>
    public async Task ComputeReachAsync(NpgsqlConnection connection, long[]? stationIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var reach = new NpgsqlCommand(ComputeReach, connection);
        reach.CommandTimeout = 0;
        reach.Parameters.AddWithValue("horizon", settings.Options.HorizonSeconds);
        reach.Parameters.AddWithValue("link", settings.Options.LinkKmh);
        reach.Parameters.Add(new NpgsqlParameter("kinds", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = settings.StationVehicles.Keys.ToArray() });
        reach.Parameters.Add(new NpgsqlParameter("kind_vehicles", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = settings.StationVehicles.Values.ToArray() });
        reach.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = (object?)stationIds ?? DBNull.Value });
        await reach.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task LockAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", connection);
        command.Parameters.AddWithValue("key", LockKey);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
