using System.Diagnostics;
using FireMap.Api.Telemetry;
using Npgsql;

namespace FireMap.Api.Jobs;

/// <summary>
/// Runs a job once: holds a PostgreSQL advisory lock on the job's name for the length of the run
/// (so two runs of one job never overlap, whichever instances start them), claims the run's row,
/// does the work and records the outcome. A failure is recorded (and so shown to the administrator)
/// as well as logged.
/// </summary>
public sealed partial class JobRunner(NpgsqlDataSource dataSource, JobRunRepository runs, ILogger<JobRunner> logger)
{
    public const string ScheduleTrigger = "schedule";
    public const string RequestTrigger = "request";

    /// <summary>The run's row once finished; null when the job is running elsewhere or this slot was claimed already.</summary>
    public async Task<JobRunRecord?> RunAsync(IScheduledJob job, DateTimeOffset slot, string trigger, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        if (!await TryLockAsync(connection, job.Name, cancellationToken))
        {
            return null;
        }

        try
        {
            if (await runs.ClaimAsync(connection, job.Name, slot, trigger, actor, cancellationToken) is not { } id)
            {
                return null;
            }

            var started = Stopwatch.GetTimestamp();
            string outcome, message;
            try
            {
                message = await job.RunAsync(cancellationToken) ?? "";
                outcome = "succeeded";
                Succeeded(logger, job.Name, message);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                outcome = "failed";
                message = exception.Message;
                Failed(logger, job.Name, exception);
            }

            // Recorded even when the host is stopping, so that the run does not stay "running".
            await runs.FinishAsync(id, outcome, message, CancellationToken.None);
            FireMapMetrics.JobFinished(job.Name, outcome, Stopwatch.GetElapsedTime(started));
            return await runs.FindAsync(id, CancellationToken.None);
        }
        finally
        {
            await using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock(hashtextextended(@name, 0))", connection);
            unlock.Parameters.AddWithValue("name", LockName(job.Name));
            await unlock.ExecuteScalarAsync(CancellationToken.None);
        }
    }

    private static async Task<bool> TryLockAsync(NpgsqlConnection connection, string job, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(hashtextextended(@name, 0))", connection);
        command.Parameters.AddWithValue("name", LockName(job));
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }

    private static string LockName(string job) => "firemap-job:" + job;

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {Job} succeeded: {Message}")]
    private static partial void Succeeded(ILogger logger, string job, string message);

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {Job} failed")]
    private static partial void Failed(ILogger logger, string job, Exception exception);
}
