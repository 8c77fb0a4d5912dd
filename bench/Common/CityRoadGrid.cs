using System.Diagnostics;
using System.Globalization;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Bench.Common;

/// <summary>
/// Adds the road grid and the stations of <see cref="CityRoadGridSql"/> to the generated city, unless the
/// same grid over the same city is there already: its marker (grid version, seed, and the buildings'
/// own marker, so that a regenerated city gets a new grid) is the roads table's comment. Roads and
/// stations are tables of their own, so benchmarks that count buildings see the same city with or
/// without them.
/// </summary>
/// <param name="west">West edge of the city (degrees).</param>
/// <param name="south">South edge of the city (degrees).</param>
/// <param name="sideMeters">Side of the square city (metres).</param>
/// <param name="degreesPerMeterLon">Degrees of longitude per metre, as the buildings were laid out.</param>
/// <param name="degreesPerMeterLat">Degrees of latitude per metre, as the buildings were laid out.</param>
public sealed class CityRoadGrid(NpgsqlDataSource dataSource, double west, double south, double sideMeters, double degreesPerMeterLon, double degreesPerMeterLat, int seed)
{
    // Bump when the generated rows change, so that an older grid is regenerated.
    private const int Version = 1;

    /// <returns>How long generation took, or null when the grid was already there.</returns>
    public async Task<TimeSpan?> EnsureAsync(TextWriter log)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        var city = await ScalarAsync(connection, "SELECT obj_description('public.buildings'::regclass, 'pg_class')") as string
            ?? throw new InvalidOperationException("The road grid goes over a generated city; there is none in this database.");
        var marker = string.Create(CultureInfo.InvariantCulture, $"firemap bench road grid v{Version}, seed {seed}, over: {city}");
        if (await ScalarAsync(connection, "SELECT obj_description('public.roads'::regclass, 'pg_class')") as string == marker)
        {
            return null;
        }

        var lines = (int)Math.Floor(sideMeters / CityRoadGridSql.BranchSpacing);
        log.WriteLine($"Laying a road grid of {lines + 1} × {lines + 1} lines, {2 * (lines + 1) * lines:N0} segments, and the stations ...");
        var clock = Stopwatch.StartNew();
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            // The network and the reach derive from roads and stations: they go with them.
            await ExecuteAsync(connection, "TRUNCATE roads, stations, network_nodes, network_edges, network_building_access, station_reach, station_reach_starts RESTART IDENTITY CASCADE");
            await ExecuteAsync(connection, "SELECT setseed(@seed)", new NpgsqlParameter("seed", NpgsqlDbType.Double) { Value = seed % 1_000_000 / 1_000_000.0 });
            await ExecuteAsync(connection, CityRoadGridSql.Roads,
            [
                .. Frame(),
                new("spacing", NpgsqlDbType.Double) { Value = CityRoadGridSql.BranchSpacing },
                new("lines", NpgsqlDbType.Integer) { Value = lines },
                new("arterial_every", NpgsqlDbType.Integer) { Value = CityRoadGridSql.ArterialEvery },
                new("secondary_every", NpgsqlDbType.Integer) { Value = CityRoadGridSql.SecondaryEvery },
                new("one_way_every", NpgsqlDbType.Integer) { Value = CityRoadGridSql.OneWayEvery },
                new("one_way_offset", NpgsqlDbType.Integer) { Value = CityRoadGridSql.OneWayOffset },
            ]);
            foreach (var (kind, prefix, spacing) in new[] { ("fire_station", "fire", CityRoadGridSql.FireStationSpacing), ("micro_station", "micro", CityRoadGridSql.MicroStationSpacing) })
            {
                await ExecuteAsync(connection, CityRoadGridSql.Stations,
                [
                    .. Frame(),
                    new("kind", NpgsqlDbType.Text) { Value = kind },
                    new("prefix", NpgsqlDbType.Text) { Value = prefix },
                    new("spacing", NpgsqlDbType.Double) { Value = spacing },
                    new("per_row", NpgsqlDbType.Integer) { Value = Math.Max(1, (int)Math.Floor(sideMeters / spacing)) },
                ]);
            }

            await ExecuteAsync(connection, $"COMMENT ON TABLE roads IS '{marker}'");
            await transaction.CommitAsync();
        }

        await ExecuteAsync(connection, "VACUUM (ANALYZE) roads, stations");
        log.WriteLine($"  done in {clock.Elapsed.TotalSeconds:0} s");
        return clock.Elapsed;
    }

    private NpgsqlParameter[] Frame() =>
    [
        new("west", NpgsqlDbType.Double) { Value = west },
        new("south", NpgsqlDbType.Double) { Value = south },
        new("lon_per_m", NpgsqlDbType.Double) { Value = degreesPerMeterLon },
        new("lat_per_m", NpgsqlDbType.Double) { Value = degreesPerMeterLat },
    ];

    private static async Task<object?> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, params NpgsqlParameter[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddRange(parameters);
        await command.ExecuteNonQueryAsync();
    }
}
