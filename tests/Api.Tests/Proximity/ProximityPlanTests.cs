using FireMap.Api.Proximity;
using FireMap.TestHost;
using Npgsql;

namespace FireMap.Api.Tests.Proximity;

/// <summary>
/// On a large table the radius statements must use the geography GiST index: a cast that does
/// not match the indexed expression would turn every request into a sequential scan. And the
/// candidates must come from the index walk in distance order even when the planner is given the
/// values (an unprepared statement, or the first executions of a prepared one): a bitmap scan
/// would test and sort every building in the radius.
/// </summary>
[Collection(FireMapServerCollection.Name)]
public sealed class ProximityPlanTests(FireMapServerFixture server)
{
    [Fact]
    public async Task BuildingsWithin_on_200k_buildings_walks_the_index_in_distance_order_not_a_sequential_or_bitmap_scan()
    {
        await using var connection = await server.DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await PrivateBuildingsAsync(connection, "generate_series(1, 200000)", "106.2 + (g % 500) * 0.001", "29.3 + (g / 500) * 0.001", 0.0001);

        var text = string.Join('\n', await PageAsync(connection, "EXPLAIN ", 106.45, 29.45, limit: 101));
        Assert.Contains("Index Cond: ((geom)::geography &&", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Seq Scan on buildings", text, StringComparison.Ordinal);
        Assert.Contains("Order By: ((geom)::geography <->", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Bitmap Heap Scan on buildings", text, StringComparison.Ordinal);
    }

    /// <summary>
    /// The page usually comes from one index walk that reads a few more candidates than the page. When
    /// more rows than that lie at the page's edge (here 40 buildings on one 100 m circle, a page of 5), the
    /// walk cannot tell whether a row it did not read is nearer on the spheroid, and the second walk must
    /// run; the page must still be exactly the nearest by spheroid distance, then id.
    /// </summary>
    [Fact]
    public async Task BuildingsWithin_page_is_exact_when_more_rows_lie_at_its_edge_than_the_walk_reads()
    {
        await using var connection = await server.DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        // 40 on one 100 m circle around the centre, and 200 farther out on a line.
        await PrivateBuildingsAsync(connection, "generate_series(1, 40)",
            "106.45 + 100 * cos(radians(g * 9)) / (111320 * cos(radians(29.45)))", "29.45 + 100 * sin(radians(g * 9)) / 110574", 0.000001);
        await PrivateBuildingsAsync(connection, "generate_series(41, 240)", "106.45 + (g - 40) * 0.004", "29.45", 0.000001, create: false);

        var page = await PageAsync(connection, "", 106.45, 29.45, limit: 5);
        var plan = await PageAsync(connection, "EXPLAIN (ANALYZE, COSTS OFF) ", 106.45, 29.45, limit: 5);
        await using var reference = new NpgsqlCommand("""
            SELECT id || ' ' || round(ST_Distance(geom::geography, ST_SetSRID(ST_MakePoint(106.45, 29.45), 4326)::geography)::numeric, 6)
            FROM buildings
            ORDER BY ST_Distance(geom::geography, ST_SetSRID(ST_MakePoint(106.45, 29.45), 4326)::geography), id
            LIMIT 5
            """, connection);
        var expected = new List<string>();
        await using (var reader = await reference.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                expected.Add(reader.GetString(0));
            }
        }

        Assert.Equal(expected, page);
        // The second walk ran: both walks have an index condition, and no step was left unexecuted.
        Assert.Equal(2, plan.Count(line => line.Contains("Index Cond: ((geom)::geography &&", StringComparison.Ordinal)));
        Assert.DoesNotContain(plan, line => line.Contains("never executed", StringComparison.Ordinal));
    }

    // The page statement's rows as "id distance" (distance to the micrometre), or the lines of its plan.
    private static async Task<List<string>> PageAsync(NpgsqlConnection connection, string prefix, double lon, double lat, int limit)
    {
        await using var command = new NpgsqlCommand(prefix + BuildingsWithin.PageSql, connection);
        command.Parameters.AddWithValue("lon", lon);
        command.Parameters.AddWithValue("lat", lat);
        command.Parameters.AddWithValue("radius", 2000.0);
        command.Parameters.Add(new NpgsqlParameter("use_classes", NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text) { Value = DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("high_rise", NpgsqlTypes.NpgsqlDbType.Boolean) { Value = DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("min_floors", NpgsqlTypes.NpgsqlDbType.Integer) { Value = DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("after_distance", NpgsqlTypes.NpgsqlDbType.Double) { Value = DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("after_id", NpgsqlTypes.NpgsqlDbType.Bigint) { Value = DBNull.Value });
        command.Parameters.AddWithValue("limit", limit);
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(prefix.Length > 0
                ? reader.GetString(0)
                : $"{reader.GetInt64(0)} {Math.Round((decimal)reader.GetDouble(reader.FieldCount - 1), 6, MidpointRounding.AwayFromZero).ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        }

        return rows;
    }

    /// <summary>
    /// Small square footprints at (<paramref name="lon"/>, <paramref name="lat"/>), SQL of <c>g</c> over
    /// <paramref name="series"/>, in a private table shadowing the public one for this transaction only.
    /// </summary>
    private static Task PrivateBuildingsAsync(NpgsqlConnection connection, string series, string lon, string lat, double halfSide, bool create = true) =>
        ExecuteAsync(connection, $"""
            {(create ? "CREATE TEMP TABLE buildings (LIKE public.buildings INCLUDING ALL) ON COMMIT DROP;" : "")}
            INSERT INTO buildings (code, name, community_id, address, floors, height_m, use_class,
                                   alarm_system, smoke_control_system, sprinkler_system, hydrant_system, geom)
            SELECT 'P' || g, g::text, (SELECT min(id) FROM communities), 'x', 6, 18, 'residential', 'ok', 'ok', 'ok', 'ok',
                   ST_Multi(ST_Expand(ST_SetSRID(ST_MakePoint({lon}, {lat}), 4326), {halfSide.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}))
            FROM {series} g;
            ANALYZE buildings;
            """);

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
