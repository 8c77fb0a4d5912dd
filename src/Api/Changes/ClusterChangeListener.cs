using FireMap.Api.Database;
using Npgsql;

namespace FireMap.Api.Changes;

/// <summary>
/// Listens on <see cref="ClusterChangeNotifier.Channel"/> over a connection of its own to the primary
/// (standbys cannot LISTEN), and passes the changes other instances made to the local listeners.
/// A lost connection is opened again with a growing pause; since notifications sent meanwhile are
/// gone, the local listeners are then told that everything may have changed.
/// </summary>
public sealed partial class ClusterChangeListener(
    DatabaseSettings settings, ClusterChangeNotifier notifier, DataChanges changes, ILogger<ClusterChangeListener> logger) : BackgroundService
{
    private static readonly TimeSpan _longestPause = TimeSpan.FromSeconds(30);

    private int _connections;
    private long _received;

    /// <summary>Whether the listening connection is open now (for /health and tests).</summary>
    public bool IsListening { get; private set; }

    /// <summary>Changes from other instances passed on so far.</summary>
    public long Received => Interlocked.Read(ref _received);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var pause = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Whatever went wrong, the service goes on serving: caches follow on the periodic look meanwhile.
                ListeningLost(logger, pause.TotalSeconds, exception);
            }
            finally
            {
                IsListening = false;
            }

            await Task.Delay(pause, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, _longestPause.Ticks));
        }
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(settings.ConnectionString)
        {
            // Held for the life of the process: outside the pool, and probed so a dead peer is noticed without traffic.
            Pooling = false,
            KeepAlive = 15,
            ApplicationName = "firemap-listener",
        };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        var pending = System.Threading.Channels.Channel.CreateUnbounded<string>();
        connection.Notification += (_, e) => pending.Writer.TryWrite(e.Payload);
        await connection.OpenAsync(stoppingToken);
        await using (var listen = new NpgsqlCommand($"LISTEN {ClusterChangeNotifier.Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        IsListening = true;
        if (Interlocked.Increment(ref _connections) > 1)
        {
            await changes.MayHaveMissedChangesAsync();
        }

        while (true)
        {
            await connection.WaitAsync(stoppingToken);
            while (pending.Reader.TryRead(out var payload))
            {
                await PassOnAsync(payload);
            }
        }
    }

    private async Task PassOnAsync(string payload)
    {
        if (ClusterChange.Parse(payload) is not { } change || change.Origin == notifier.InstanceId)
        {
            return;
        }

        Interlocked.Increment(ref _received);
        await changes.ReceivedAsync(change);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The connection listening for other instances' changes was lost; opening it again in {Seconds} s")]
    private static partial void ListeningLost(ILogger logger, double seconds, Exception exception);
}
