using FireMap.Api.Risk.Runs;
using FireMap.Api.Risk.Storage;
using FireMap.Spatial.Risk.Model;
using FireMap.Spatial.Vocabulary;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.Risk.Ranking;

/// <summary>Reads stored scores: rankings of a run (keyset-paged), a compound's history, and scores by id.</summary>
public sealed class RiskRanking(RiskDatabase database)
{
    public async Task<IReadOnlyList<CompoundRiskRow>> CompoundsAsync(RiskRunRef run, RiskRankingFilter filter, RiskRankKey? after, int limit,
        CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, RiskRankingSql.Compounds, run, filter, after, limit);
        return await ReadAsync(command, r => new CompoundRiskRow(
            r.GetInt64(0), r.GetInt64(1), ReadScore(r, 2, run), r.GetDouble(7), r.GetDouble(8), r.GetInt32(9)), cancellationToken);
    }

    public async Task<int> CountCompoundsAsync(RiskRunRef run, RiskRankingFilter filter, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, RiskRankingSql.CountCompounds, run, filter, null, 0);
        return (int)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task<IReadOnlyList<BuildingRiskRow>> BuildingsAsync(RiskRunRef run, RiskRankingFilter filter, RiskRankKey? after, int limit,
        CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, RiskRankingSql.Buildings, run, filter, after, limit);
        return await ReadAsync(command, r => new BuildingRiskRow(
            r.GetInt64(0), r.GetInt64(1), r.IsDBNull(7) ? null : r.GetInt64(7), ReadScore(r, 2, run)), cancellationToken);
    }

    public async Task<int> CountBuildingsAsync(RiskRunRef run, RiskRankingFilter filter, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, RiskRankingSql.CountBuildings, run, filter, null, 0);
        return (int)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>The compound's score in every stored run, oldest as-of date first.</summary>
    public async Task<IReadOnlyList<RiskHistoryPoint>> HistoryAsync(long compoundId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(RiskRankingSql.History, connection);
        command.Parameters.AddWithValue("compound", compoundId);
        return await ReadAsync(command, r => new RiskHistoryPoint(r.GetInt64(0), r.GetString(1), r.GetFieldValue<DateOnly>(2), r.GetDouble(3),
            RiskCodes.Parse<RiskLevel>(r.GetString(4)), r.GetFieldValue<DateTimeOffset>(5)), cancellationToken);
    }

    /// <summary>Scores of the given compounds (or buildings) in one run, by id; ids without a score are absent.</summary>
    public async Task<IReadOnlyDictionary<long, StoredRiskScore>> ByIdAsync(RiskRunRef run, bool buildings, IReadOnlyCollection<long> ids,
        CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(buildings ? RiskRankingSql.BuildingsById : RiskRankingSql.CompoundsById, connection);
        command.Parameters.AddWithValue("run", run.Id);
        command.Parameters.AddWithValue("ids", ids.ToArray());
        var rows = await ReadAsync(command, r => (Id: r.GetInt64(0), Score: ReadScore(r, 1, run)), cancellationToken);
        return rows.ToDictionary(row => row.Id, row => row.Score);
    }

    // Columns from offset: score, level, likelihood, consequence, contributions (as text).
    private static StoredRiskScore ReadScore(NpgsqlDataReader r, int offset, RiskRunRef run) => new(
        r.GetDouble(offset), RiskCodes.Parse<RiskLevel>(r.GetString(offset + 1)),
        r.IsDBNull(offset + 2) ? null : r.GetDouble(offset + 2), r.IsDBNull(offset + 3) ? null : r.GetDouble(offset + 3),
        ContributionJson.Read(r.GetString(offset + 4)), run.ModelVersion, run.AsOf);

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, RiskRunRef run, RiskRankingFilter filter, RiskRankKey? after, int limit)
    {
        var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("run", run.Id);
        command.Parameters.Add(new NpgsqlParameter("community", NpgsqlDbType.Bigint) { Value = (object?)filter.CommunityId ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("compound", NpgsqlDbType.Bigint) { Value = (object?)filter.CompoundId ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("level", NpgsqlDbType.Text) { Value = (object?)filter.Level ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("after_score", NpgsqlDbType.Double) { Value = (object?)after?.Score ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("after_id", NpgsqlDbType.Bigint) { Value = (object?)after?.Id ?? DBNull.Value });
        command.Parameters.AddWithValue("limit", limit);
        return command;
    }

    private static async Task<List<T>> ReadAsync<T>(NpgsqlCommand command, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
