using System.Diagnostics;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.Database;

/// <summary>
/// The data source for a read that may be served by a streaming replica: a standby in the read pool
/// (reachable, in recovery, no further behind than <see cref="ReplicaOptions.MaxLag"/>), taken in
/// turn, or the primary when none is. A read after the caller's own write (its commit position, see
/// <see cref="ReadYourWrites"/>) waits a bounded time for the standby to replay it, else goes to the primary.
/// </summary>
public sealed partial class ReadReplicas : BackgroundService
{
    // Lag is "now minus the last replayed commit" only while WAL is waiting to be replayed: an idle
    // primary sends no commits, and a standby that has replayed all it received is not behind.
    private const string Look = """
        SELECT pg_is_in_recovery(), pg_last_wal_replay_lsn(),
               CASE WHEN pg_last_wal_receive_lsn() IS NOT DISTINCT FROM pg_last_wal_replay_lsn() THEN 0
                    ELSE extract(epoch FROM now() - pg_last_xact_replay_timestamp())::float8 END
        """;

    private readonly NpgsqlDataSource _primary;
    private readonly ReplicaOptions _options;
    private readonly ILogger<ReadReplicas> _logger;
    private readonly (string Name, NpgsqlDataSource DataSource)[] _replicas;
    private readonly ReplicaState[] _states;
    private int _turn;
    private long _primaryDownUntil;

    public ReadReplicas(NpgsqlDataSource primary, IOptions<ReplicaOptions> options, ILogger<ReadReplicas> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _primary = primary;
        _options = options.Value;
        _logger = logger;
        _replicas = [.. _options.ConnectionStrings.Select((connection, i) => ($"replica-{i + 1}", DatabaseExtensions.CreateDataSource(connection)))];
        _states = [.. _replicas.Select(r => new ReplicaState(r.Name, false, false, null, null, false))];
    }

    public bool Configured => _replicas.Length > 0;

    /// <summary>
    /// A read that must keep working while the primary is down, such as who is signed in: the primary,
    /// else (it cannot be reached) a standby of the read pool. After a failure the standbys are asked first
    /// for <see cref="ReplicaOptions.PrimaryDownFor"/>, so a primary that times out does not slow every request.
    /// <paramref name="read"/> learns whether it runs on a standby (where it cannot write).
    /// </summary>
    public async Task<T> PrimaryElseStandbyAsync<T>(Func<NpgsqlDataSource, bool, Task<T>> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (Environment.TickCount64 < Interlocked.Read(ref _primaryDownUntil) && PoolMember() is { } early)
        {
            try
            {
                return await read(early, true);
            }
            catch (Exception exception) when (DatabaseOutage.Is(exception) && !cancellationToken.IsCancellationRequested)
            {
                // The standby failed too: the primary may be back.
            }
        }

        try
        {
            return await read(_primary, false);
        }
        catch (Exception exception) when (DatabaseOutage.Is(exception) && !cancellationToken.IsCancellationRequested && PoolMember() is { } standby)
        {
            Interlocked.Exchange(ref _primaryDownUntil, Environment.TickCount64 + (long)_options.PrimaryDownFor.TotalMilliseconds);
            PrimaryDown(_logger, exception);
            return await read(standby, true);
        }
    }

    private NpgsqlDataSource? PoolMember()
    {
        var pool = Enumerable.Range(0, _replicas.Length).Where(i => Volatile.Read(ref _states[i]).InPool).ToList();
        return pool.Count == 0 ? null : _replicas[pool[(int)((uint)Interlocked.Increment(ref _turn) % pool.Count)]].DataSource;
    }

    /// <summary>Whether <paramref name="dataSource"/> is one of the standbys (not the primary).</summary>
    public bool IsStandby(NpgsqlDataSource dataSource) => _replicas.Any(r => ReferenceEquals(r.DataSource, dataSource));

    /// <summary>The state of each configured standby as last looked at.</summary>
    public IReadOnlyList<ReplicaState> States => [.. _states];

    /// <summary>Where to read: a standby of the pool that has replayed <paramref name="written"/>, else the primary.</summary>
    public async Task<NpgsqlDataSource> ForReadAsync(NpgsqlLogSequenceNumber? written, CancellationToken cancellationToken)
    {
        var pool = Enumerable.Range(0, _replicas.Length).Where(i => Volatile.Read(ref _states[i]).InPool).ToList();
        if (pool.Count == 0)
        {
            return _primary;
        }

        var index = pool[(int)((uint)Interlocked.Increment(ref _turn) % pool.Count)];
        var replica = _replicas[index].DataSource;
        if (written is not { } lsn || Volatile.Read(ref _states[index]).ReplayLsn >= lsn)
        {
            return replica;
        }

        var waited = Stopwatch.StartNew();
        try
        {
            while (waited.Elapsed < _options.ReadYourWritesWait)
            {
                await Task.Delay(20, cancellationToken);
                await using var command = replica.CreateCommand("SELECT pg_last_wal_replay_lsn()");
                if (await command.ExecuteScalarAsync(cancellationToken) is NpgsqlLogSequenceNumber replayed && replayed >= lsn)
                {
                    return replica;
                }
            }
        }
        catch (Exception exception) when (DatabaseOutage.Is(exception))
        {
            // The standby went away while it was waited for: the primary answers, as it would have anyway.
        }

        return _primary;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Configured)
        {
            return;
        }

        using var timer = new PeriodicTimer(_options.CheckEvery);
        do
        {
            for (var i = 0; i < _replicas.Length; i++)
            {
                Volatile.Write(ref _states[i], await LookAsync(i, stoppingToken));
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task<ReplicaState> LookAsync(int index, CancellationToken cancellationToken)
    {
        var (name, dataSource) = _replicas[index];
        try
        {
            await using var command = dataSource.CreateCommand(Look);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            var inRecovery = reader.GetBoolean(0);
            NpgsqlLogSequenceNumber? replayed = reader.IsDBNull(1) ? null : reader.GetFieldValue<NpgsqlLogSequenceNumber>(1);
            double? lag = reader.IsDBNull(2) ? null : reader.GetDouble(2);
            var inPool = inRecovery && lag is { } seconds && seconds <= _options.MaxLag.TotalSeconds;
            var before = Volatile.Read(ref _states[index]);
            if (before.InPool != inPool)
            {
                PoolChanged(_logger, name, inPool, lag);
            }

            return new ReplicaState(name, true, inRecovery, lag, replayed, inPool);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Unreachable(_logger, name, exception);
            return new ReplicaState(name, false, false, null, null, false);
        }
    }

    public override void Dispose()
    {
        foreach (var (_, dataSource) in _replicas)
        {
            dataSource.Dispose();
        }

        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Read replica {Name} in the read pool: {InPool} (lag {Lag} s)")]
    private static partial void PoolChanged(ILogger logger, string name, bool inPool, double? lag);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The primary cannot be reached; sign-in checks read from a standby")]
    private static partial void PrimaryDown(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Read replica {Name} cannot be reached; reads go elsewhere")]
    private static partial void Unreachable(ILogger logger, string name, Exception exception);
}
