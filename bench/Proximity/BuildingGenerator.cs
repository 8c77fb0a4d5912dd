using System.Diagnostics;
using System.Globalization;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Bench.Proximity;

/// <summary>
/// Fills the benchmark database with the synthetic city, unless the same city (count, seed and
/// generator version, recorded as the buildings table's comment) is already there.
/// </summary>
public sealed class BuildingGenerator(NpgsqlDataSource dataSource, BenchArea area, int count, int seed)
{
    // Bump when the generated rows change, so that an older database is regenerated.
    private const int Version = 1;

    private string Marker => string.Create(CultureInfo.InvariantCulture, $"firemap bench city v{Version}: {count} buildings, seed {seed}");

    /// <returns>How long generation took, or null when the data were already there.</returns>
    public async Task<TimeSpan?> EnsureAsync(TextWriter log)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        if (await ScalarAsync(connection, "SELECT obj_description('public.buildings'::regclass, 'pg_class')") as string == Marker)
        {
            return null;
        }

        log.WriteLine($"Generating {count:N0} buildings over {area.Describe()} ...");
        var clock = Stopwatch.StartNew();
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await ExecuteAsync(connection, "TRUNCATE buildings, compounds, communities RESTART IDENTITY CASCADE");
            await ExecuteAsync(connection, "SET LOCAL maintenance_work_mem = '1GB'");

            // Filling a table and then building its indexes is several times faster than updating
            // them row by row; the definitions are read back from the catalogue, so the indexes are
            // exactly the migrations' ones. Constraint indexes (primary key, unique code) stay.
            var indexes = await SecondaryIndexesAsync(connection);
            foreach (var name in indexes.Keys)
            {
                await ExecuteAsync(connection, $"DROP INDEX \"{name}\"");
            }

            await ExecuteAsync(connection, "SELECT setseed(@seed)", new NpgsqlParameter("seed", NpgsqlDbType.Double) { Value = SeedFraction() });
            await ExecuteAsync(connection, BuildingGeneratorSql.Community, AreaParameters());
            await ExecuteAsync(connection, BuildingGeneratorSql.Compounds, AreaParameters());
            await ExecuteAsync(connection, BuildingGeneratorSql.Buildings, AreaParameters());
            log.WriteLine($"  rows inserted in {clock.Elapsed.TotalSeconds:0} s; building {indexes.Count} indexes ...");
            foreach (var definition in indexes.Values)
            {
                await ExecuteAsync(connection, definition);
            }

            await ExecuteAsync(connection, $"COMMENT ON TABLE buildings IS '{Marker}'");
            await transaction.CommitAsync();
        }

        await ExecuteAsync(connection, "VACUUM (ANALYZE) communities, compounds, buildings");
        log.WriteLine($"  done in {clock.Elapsed.TotalSeconds:0} s");
        return clock.Elapsed;
    }

    /// <summary>setseed takes a value in [-1, 1]; the seed maps onto it one to one for small seeds.</summary>
    private double SeedFraction() => seed % 1_000_000 / 1_000_000.0;

    private NpgsqlParameter[] AreaParameters() =>
    [
        new("west", NpgsqlDbType.Double) { Value = area.West },
        new("south", NpgsqlDbType.Double) { Value = area.South },
        new("east", NpgsqlDbType.Double) { Value = area.East },
        new("north", NpgsqlDbType.Double) { Value = area.North },
        new("lon_per_m", NpgsqlDbType.Double) { Value = area.DegreesPerMeterLon },
        new("lat_per_m", NpgsqlDbType.Double) { Value = area.DegreesPerMeterLat },
        new("cell", NpgsqlDbType.Double) { Value = BenchArea.CellMeters },
        new("per_row", NpgsqlDbType.Integer) { Value = area.CellsPerRow },
        new("blocks", NpgsqlDbType.Integer) { Value = BuildingGeneratorSql.CompoundBlocks },
        new("count", NpgsqlDbType.Integer) { Value = count },
    ];

    private static async Task<Dictionary<string, string>> SecondaryIndexesAsync(NpgsqlConnection connection)
    {
        const string sql = """
            SELECT i.indexname, i.indexdef
            FROM pg_indexes i
            WHERE i.schemaname = 'public' AND i.tablename = 'buildings'
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conrelid = 'public.buildings'::regclass AND c.conname = i.indexname)
            ORDER BY i.indexname
            """;
        await using var command = new NpgsqlCommand(sql, connection);
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

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, params NpgsqlParameter[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddRange(parameters);
        await command.ExecuteNonQueryAsync();
    }
}
