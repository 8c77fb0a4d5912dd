using System.Diagnostics.Metrics;

namespace FireMap.Api.Telemetry;

/// <summary>
/// FireMap's own instruments (meter <c>FireMap</c>), exported on <c>/metrics</c> beside ASP.NET
/// Core's request metrics and Npgsql's pool metrics. Static like the meters of the libraries, so
/// that plumbing and features record without taking a service.
/// </summary>
public static class FireMapMetrics
{
    public const string MeterName = "FireMap";

    private static readonly Meter _meter = new(MeterName);

    private static readonly Counter<long> _jobRuns = _meter.CreateCounter<long>(
        "firemap.job.runs", unit: "{run}", description: "Job runs that finished, by job and outcome.");

    private static readonly Histogram<double> _jobDuration = _meter.CreateHistogram<double>(
        "firemap.job.duration", unit: "s", description: "How long job runs took, by job and outcome.");

    private static readonly Counter<long> _graphQLOperations = _meter.CreateCounter<long>(
        "firemap.graphql.operations", unit: "{operation}", description: "GraphQL operations, by operation name and outcome (ok or error).");

    private static Func<double?> _backupAge = () => null;

    static FireMapMetrics()
    {
        _meter.CreateObservableGauge("firemap.backup.age", () =>
            _backupAge() is { } seconds ? [new Measurement<double>(seconds)] : Array.Empty<Measurement<double>>(),
            unit: "s", description: "Seconds since the newest backup in the backup folder was taken; absent when there is none.");
    }

    public static void JobFinished(string job, string outcome, TimeSpan duration)
    {
        var tags = new KeyValuePair<string, object?>[] { new("job", job), new("outcome", outcome) };
        _jobRuns.Add(1, tags);
        _jobDuration.Record(duration.TotalSeconds, tags);
    }

    public static void GraphQLOperation(string operation, bool failed) =>
        _graphQLOperations.Add(1, new KeyValuePair<string, object?>("operation", operation), new KeyValuePair<string, object?>("outcome", failed ? "error" : "ok"));

    /// <summary>Where the backup-age gauge reads from; the backups set it once when they start.</summary>
    public static void ObserveBackupAge(Func<double?> secondsSinceNewest) => _backupAge = secondsSinceNewest;
}
