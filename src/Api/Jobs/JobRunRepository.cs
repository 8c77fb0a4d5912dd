using Npgsql;

namespace FireMap.Api.Jobs;

/// <summary>Reads and writes <c>job_runs</c>.</summary>
public sealed class JobRunRepository(NpgsqlDataSource dataSource)
{
    private const string Columns = "id, job, slot, trigger, started_at, finished_at, outcome, message, instance, actor";

    // The claim: of several instances inserting the same (job, slot), one gets the row back.
    private const string Claim = """
        INSERT INTO job_runs (job, slot, trigger, instance, actor) VALUES (@job, @slot, @trigger, @instance, @actor)
        ON CONFLICT (job, slot) DO NOTHING
        RETURNING id
        """;

    private const string Finish = """
        UPDATE job_runs SET finished_at = now(), outcome = @outcome, message = @message, version = version + 1
        WHERE id = @id
        """;

    private const string Abandon = """
        UPDATE job_runs SET finished_at = now(), outcome = 'abandoned', message = 'its instance stopped before the run finished', version = version + 1
        WHERE outcome = 'running' AND started_at < now() - @after
        """;

    // Each job's latest finished run when it did not succeed: a failure stays an alert until a later run succeeds.
    private const string Alerts = $"""
        SELECT {Columns} FROM (
            SELECT DISTINCT ON (job) * FROM job_runs WHERE outcome <> 'running' ORDER BY job, started_at DESC, id DESC
        ) latest
        WHERE outcome <> 'succeeded'
        ORDER BY started_at DESC
        """;

    /// <summary>Inserts the run's row; null when another instance already claimed this (job, slot).</summary>
    public async Task<long?> ClaimAsync(NpgsqlConnection connection, string job, DateTimeOffset slot, string trigger, string actor,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(Claim, connection);
        command.Parameters.AddWithValue("job", job);
        command.Parameters.AddWithValue("slot", slot.ToUniversalTime());
        command.Parameters.AddWithValue("trigger", trigger);
        command.Parameters.AddWithValue("instance", Instance);
        command.Parameters.AddWithValue("actor", actor);
        return await command.ExecuteScalarAsync(cancellationToken) as long?;
    }

    public async Task FinishAsync(long id, string outcome, string? message, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(Finish);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("outcome", outcome);
        command.Parameters.AddWithValue("message", (object?)Trim(message) ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<int> AbandonStaleAsync(TimeSpan after, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(Abandon);
        command.Parameters.AddWithValue("after", after);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<JobRunRecord>> RecentAsync(int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM job_runs ORDER BY started_at DESC, id DESC LIMIT @limit");
        command.Parameters.AddWithValue("limit", limit);
        return await ReadAsync(command, cancellationToken);
    }

    public async Task<JobRunRecord?> FindAsync(long id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM job_runs WHERE id = @id");
        command.Parameters.AddWithValue("id", id);
        return (await ReadAsync(command, cancellationToken)).FirstOrDefault();
    }

    public async Task<IReadOnlyList<JobRunRecord>> AlertsAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(Alerts);
        return await ReadAsync(command, cancellationToken);
    }

    /// <summary>This process: host name and process id.</summary>
    public static string Instance { get; } = $"{Environment.MachineName}:{Environment.ProcessId}";

    private static string? Trim(string? message) => message is { Length: > 2000 } ? message[..2000] : message;

    private static async Task<IReadOnlyList<JobRunRecord>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var runs = new List<JobRunRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            runs.Add(new JobRunRecord(reader.GetInt64(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2), reader.GetString(3),
                reader.GetFieldValue<DateTimeOffset>(4), reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5), reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetString(7), reader.GetString(8), reader.GetString(9)));
        }

        return runs;
    }
}
