using FireMap.Api.Proximity;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Bench.Proximity;

/// <summary>
/// EXPLAIN (ANALYZE, BUFFERS) of the page statement at the area's centre, bound as the service
/// binds it: the plan must reach buildings through the geography GiST index.
/// </summary>
public sealed record PlanCheck(IReadOnlyList<string> Plan, bool UsesGeographyIndex, bool SeqScanOnBuildings, long HitsInRadius)
{
    public const string GeographyIndex = "buildings_geog_idx";

    /// <summary>How many lines of the plan's top a report shows.</summary>
    public const int TopLines = 12;

    public bool Passed => UsesGeographyIndex && !SeqScanOnBuildings;

    /// <summary>The node that reads the geography index with its details, and the plan's timings.</summary>
    public IReadOnlyList<string> IndexLines
    {
        get
        {
            var start = Plan.ToList().FindIndex(line => line.Contains(GeographyIndex, StringComparison.Ordinal));
            var node = start < 0 ? [] : Plan.Skip(start).Take(1).Concat(Plan.Skip(start + 1).TakeWhile(line => !line.Contains("->", StringComparison.Ordinal)).Take(6));
            return [.. node, .. Plan.Where(line => line.StartsWith("Planning Time", StringComparison.Ordinal) || line.StartsWith("Execution Time", StringComparison.Ordinal))];
        }
    }

    public static async Task<PlanCheck> RunAsync(NpgsqlDataSource dataSource, double radiusMeters, int first)
    {
        var plan = new List<string>();
        await using (var explain = dataSource.CreateCommand($"EXPLAIN (ANALYZE, BUFFERS) {BuildingsWithin.PageSql}"))
        {
            Bind(explain.Parameters, radiusMeters);
            explain.Parameters.Add(new NpgsqlParameter("use_classes", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = DBNull.Value });
            explain.Parameters.Add(new NpgsqlParameter("high_rise", NpgsqlDbType.Boolean) { Value = DBNull.Value });
            explain.Parameters.Add(new NpgsqlParameter("min_floors", NpgsqlDbType.Integer) { Value = DBNull.Value });
            explain.Parameters.Add(new NpgsqlParameter("after_distance", NpgsqlDbType.Double) { Value = DBNull.Value });
            explain.Parameters.Add(new NpgsqlParameter("after_id", NpgsqlDbType.Bigint) { Value = DBNull.Value });
            explain.Parameters.Add(new NpgsqlParameter("limit", NpgsqlDbType.Integer) { Value = first + 1 });
            await using var reader = await explain.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(0));
            }
        }

        await using var count = dataSource.CreateCommand(
            $"SELECT count(*) FROM buildings b WHERE ST_DWithin(b.geom::geography, {SearchArea.CenterSql}, @radius)");
        Bind(count.Parameters, radiusMeters);
        var hits = (long)(await count.ExecuteScalarAsync())!;

        var text = string.Join('\n', plan);
        return new PlanCheck(plan, text.Contains(GeographyIndex, StringComparison.Ordinal),
            text.Contains("Seq Scan on buildings", StringComparison.Ordinal), hits);

        void Bind(NpgsqlParameterCollection parameters, double radius)
        {
            parameters.Add(new NpgsqlParameter("lon", NpgsqlDbType.Double) { Value = BenchArea.CenterLon });
            parameters.Add(new NpgsqlParameter("lat", NpgsqlDbType.Double) { Value = BenchArea.CenterLat });
            parameters.Add(new NpgsqlParameter("radius", NpgsqlDbType.Double) { Value = radius });
        }
    }
}
