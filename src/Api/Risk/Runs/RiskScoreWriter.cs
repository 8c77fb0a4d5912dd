using System.Globalization;
using FireMap.Spatial.Risk.Scoring;
using Npgsql;

namespace FireMap.Api.Risk.Runs;

/// <summary>
/// Writes scores inside the caller's transaction: a whole run as new partitions (COPY into fresh tables,
/// then the run's old partitions dropped and the new ones attached, so readers see the old run or the new
/// one, never a mixture), or one compound and its buildings within a run (its rows deleted and copied anew).
/// </summary>
internal static class RiskScoreWriter
{
    private const string Compounds = "compound_risk_scores";
    private const string Buildings = "building_risk_scores";

    // Partitions of a run other than the one just written; names are made here from numbers only.
    private const string OldPartitions = """
        SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
        WHERE i.inhparent = @parent::regclass AND starts_with(c.relname, @prefix)
        """;

    // One compound and the buildings scored in it.
    private const string DeleteCompound = """
        DELETE FROM compound_risk_scores WHERE run_id = @run AND compound_id = @compound;
        DELETE FROM building_risk_scores WHERE run_id = @run AND compound_id = @compound;
        """;

    public static async Task ReplaceRunAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long runId, DateTimeOffset computedAt,
        RiskResults results, double maxWeight, CancellationToken cancellationToken)
    {
        var stamp = computedAt.ToUnixTimeMilliseconds();
        var compoundTable = await CreatePartitionAsync(connection, transaction, Compounds, runId, stamp, cancellationToken);
        var buildingTable = await CreatePartitionAsync(connection, transaction, Buildings, runId, stamp, cancellationToken);
        await RiskScoreCopy.CopyAsync(connection, compoundTable, compounds: true, runId, computedAt, results.Compounds,
            c => ScoreRow.Of(c, maxWeight), cancellationToken);
        await RiskScoreCopy.CopyAsync(connection, buildingTable, compounds: false, runId, computedAt, Flatten(results),
            b => ScoreRow.Of(b.Score, b.CompoundId), cancellationToken);
        await SwapAsync(connection, transaction, Compounds, compoundTable, runId, cancellationToken);
        await SwapAsync(connection, transaction, Buildings, buildingTable, runId, cancellationToken);
    }

    public static async Task ReplaceCompoundAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long runId, long compoundId,
        DateTimeOffset computedAt, RiskResults results, double maxWeight, CancellationToken cancellationToken)
    {
        await using (var delete = new NpgsqlCommand(DeleteCompound, connection, transaction))
        {
            delete.Parameters.AddWithValue("run", runId);
            delete.Parameters.AddWithValue("compound", compoundId);
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        await RiskScoreCopy.CopyAsync(connection, Compounds, compounds: true, runId, computedAt, results.Compounds,
            c => ScoreRow.Of(c, maxWeight), cancellationToken);
        await RiskScoreCopy.CopyAsync(connection, Buildings, compounds: false, runId, computedAt, Flatten(results),
            b => ScoreRow.Of(b.Score, b.CompoundId), cancellationToken);
    }

    private static List<(long? CompoundId, BuildingRiskScore Score)> Flatten(RiskResults results)
    {
        var rows = new List<(long? CompoundId, BuildingRiskScore Score)>(results.BuildingCount);
        foreach (var c in results.Compounds)
        {
            rows.AddRange(c.Buildings.Select(b => ((long?)c.CompoundId, b)));
        }

        rows.AddRange(results.LoneBuildings.Select(b => ((long?)null, b)));
        return rows;
    }

    // A table shaped like the parent, with its CHECK constraints (ATTACH requires them) and one that pins
    // run_id (so ATTACH need not scan the rows to prove they belong); indexes come with ATTACH.
    private static async Task<string> CreatePartitionAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string parent, long runId,
        long stamp, CancellationToken cancellationToken)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"{parent}_r{runId}_{stamp}");
        await ExecuteAsync(connection, transaction, string.Create(CultureInfo.InvariantCulture,
            $"CREATE TABLE {name} (LIKE {parent} INCLUDING CONSTRAINTS, CONSTRAINT {name}_run CHECK (run_id = {runId}))"), cancellationToken);
        return name;
    }

    private static async Task SwapAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string parent, string partition, long runId,
        CancellationToken cancellationToken)
    {
        var old = new List<string>();
        await using (var command = new NpgsqlCommand(OldPartitions, connection, transaction))
        {
            command.Parameters.AddWithValue("parent", parent);
            command.Parameters.AddWithValue("prefix", string.Create(CultureInfo.InvariantCulture, $"{parent}_r{runId}_"));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                old.Add(reader.GetString(0));
            }
        }

        foreach (var table in old.Where(t => t != partition))
        {
            await ExecuteAsync(connection, transaction, $"DROP TABLE {table}", cancellationToken);
        }

        await ExecuteAsync(connection, transaction, string.Create(CultureInfo.InvariantCulture,
            $"ALTER TABLE {parent} ATTACH PARTITION {partition} FOR VALUES IN ({runId})"), cancellationToken);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
