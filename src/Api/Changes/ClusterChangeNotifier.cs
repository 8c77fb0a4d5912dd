using Npgsql;

namespace FireMap.Api.Changes;

/// <summary>
/// Tells the other instances serving the same database of a committed change, with
/// <c>pg_notify</c> on the primary. A notification that cannot be sent is logged and dropped: the
/// change itself stands, and the instances that missed it repair on their periodic follow.
/// </summary>
public sealed partial class ClusterChangeNotifier(NpgsqlDataSource dataSource, ILogger<ClusterChangeNotifier> logger)
{
    /// <summary>The PostgreSQL notification channel every FireMap instance listens on.</summary>
    public const string Channel = "firemap_changes";

    /// <summary>This process, so that it ignores its own notifications.</summary>
    public string InstanceId { get; } = Guid.NewGuid().ToString("N");

    public async Task NotifyAsync(ClusterChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        try
        {
            await using var command = dataSource.CreateCommand("SELECT pg_notify(@channel, @payload)");
            command.Parameters.AddWithValue("channel", Channel);
            command.Parameters.AddWithValue("payload", (change with { Origin = InstanceId }).ToJson());
            await command.ExecuteNonQueryAsync(CancellationToken.None);
        }
        catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            NotifyFailed(logger, change.Kind, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Other instances could not be told of a {Kind} change; they follow on their next periodic look")]
    private static partial void NotifyFailed(ILogger logger, string kind, Exception exception);
}
