using System.Diagnostics;
using System.Globalization;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Bench.Risk;

/// <summary>
/// Fills the benchmark database with the synthetic city, unless the same city (compounds, seed and generator
/// version, recorded as the compounds table's comment) is already there. Tables are filled with their
/// secondary indexes dropped and rebuilt afterwards (several times faster), then vacuumed and analysed.
/// </summary>
public sealed class CityGenerator(NpgsqlDataSource setup, int compounds, int seed)
{
    // Bump when the generated rows change, so that an older database is regenerated.
    private const int Version = 1;

    private const double CellMeters = 150;
    private const double CenterLon = 106.5;
    private const double CenterLat = 29.5;
    private const double MetersPerDegree = 111_320;

    private static readonly string[] _tables =
        ["communities", "compounds", "buildings", "places", "stations", "fire_lanes", "blockages", "hazards", "incidents"];

    private string Marker => string.Create(CultureInfo.InvariantCulture, $"firemap bench risk city v{Version}: {compounds} compounds, seed {seed}");

    private int PerRow => (int)Math.Ceiling(Math.Sqrt(compounds));

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{compounds:N0} compounds on a {PerRow} × {PerRow} grid of {CellMeters:0} m cells ({PerRow * CellMeters / 1000:0.#} km square) around {CenterLat} N, {CenterLon} E");

    /// <returns>How long generation took, or null when the city was already there.</returns>
    public async Task<TimeSpan?> EnsureAsync(TextWriter log)
    {
        await using var connection = await setup.OpenConnectionAsync();
        if (await ScalarAsync(connection, "SELECT obj_description('public.compounds'::regclass, 'pg_class')") as string == Marker)
        {
            return null;
        }

        log.WriteLine($"Generating {Describe()} ...");
        var clock = Stopwatch.StartNew();
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await ExecuteAsync(connection, "TRUNCATE risk_runs, hazards, communities RESTART IDENTITY CASCADE");
            await ExecuteAsync(connection, "SET LOCAL maintenance_work_mem = '1GB'");
            var indexes = await SecondaryIndexesAsync(connection);
            foreach (var name in indexes.Keys)
            {
                await ExecuteAsync(connection, $"DROP INDEX \"{name}\"");
            }

            await ExecuteAsync(connection, "SELECT setseed(@seed)", new NpgsqlParameter("seed", NpgsqlDbType.Double) { Value = seed % 1_000_000 / 1_000_000.0 });
            foreach (var (name, sql) in Steps())
            {
                var rows = await ExecuteAsync(connection, sql, Parameters());
                log.WriteLine($"  {name,-16} {rows,10:N0} rows  ({clock.Elapsed.TotalSeconds:0} s)");
            }

            log.WriteLine($"  building {indexes.Count} indexes ...");
            foreach (var definition in indexes.Values)
            {
                await ExecuteAsync(connection, definition);
            }

            await ExecuteAsync(connection, $"COMMENT ON TABLE compounds IS '{Marker}'");
            await transaction.CommitAsync();
        }

        await ExecuteAsync(connection, $"VACUUM (ANALYZE) {string.Join(", ", _tables)}");
        log.WriteLine($"  done in {clock.Elapsed.TotalSeconds:0} s");
        return clock.Elapsed;
    }

    private static IEnumerable<(string Name, string Sql)> Steps() =>
    [
        ("communities", CitySql.Communities), ("compounds", CitySql.Compounds), ("buildings", CitySql.Buildings),
        ("lone buildings", CitySql.LoneBuildings), ("stations", CityLinkSql.Stations), ("building places", CityLinkSql.BuildingPlaces),
        ("yard places", CityLinkSql.YardPlaces), ("fire lanes", CityLinkSql.FireLanes), ("blockages", CityLinkSql.Blockages),
        ("hazards", CityLinkSql.Hazards), ("incidents", CityLinkSql.Incidents),
    ];

    private NpgsqlParameter[] Parameters()
    {
        var perRow = PerRow;
        var side = perRow * CellMeters;
        var latPerMeter = 1 / MetersPerDegree;
        var lonPerMeter = 1 / (MetersPerDegree * Math.Cos(CenterLat * Math.PI / 180));
        return
        [
            new("n", NpgsqlDbType.Integer) { Value = compounds },
            new("per_row", NpgsqlDbType.Integer) { Value = perRow },
            new("blocks_per_row", NpgsqlDbType.Integer) { Value = (perRow + 31) / 32 },
            new("cell", NpgsqlDbType.Double) { Value = CellMeters },
            new("west", NpgsqlDbType.Double) { Value = CenterLon - (side / 2 * lonPerMeter) },
            new("south", NpgsqlDbType.Double) { Value = CenterLat - (side / 2 * latPerMeter) },
            new("lon_per_m", NpgsqlDbType.Double) { Value = lonPerMeter },
            new("lat_per_m", NpgsqlDbType.Double) { Value = latPerMeter },
        ];
    }

    // Indexes that are not constraints, read back from the catalogue so that they are exactly the migrations' ones.
    private static async Task<Dictionary<string, string>> SecondaryIndexesAsync(NpgsqlConnection connection)
    {
        const string sql = """
            SELECT i.indexname, i.indexdef
            FROM pg_indexes i
            WHERE i.schemaname = 'public' AND i.tablename = ANY (@tables)
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
            ORDER BY i.indexname
            """;
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("tables", _tables);
        await using var reader = await command.ExecuteReaderAsync();
        var indexes = new Dictionary<string, string>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            indexes[reader.GetString(0)] = reader.GetString(1);
        }

        return indexes;
    }

    private static async Task<object?> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    private static async Task<int> ExecuteAsync(NpgsqlConnection connection, string sql, params NpgsqlParameter[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddRange(parameters);
        return await command.ExecuteNonQueryAsync();
    }
}
