using FireMap.Api.Database;
using FireMap.Api.Errors;
using Npgsql;

namespace FireMap.Api.Health;

/// <summary>
/// <c>/alive</c>: the process answers. <c>/health</c>: PostGIS answers and every migration is applied, and how
/// replication stands: whether the database written to is a primary or (after a failover gone wrong) a standby,
/// each standby streaming from it with its lag, and the read pool of this instance. Standbys are named by their
/// <c>application_name</c> or position, never by address.
/// </summary>
public static class HealthEndpoints
{
    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapGet("/alive", () => Results.Ok(new { status = "alive" })).AllowAnonymous();
        app.MapGet("/health", CheckAsync).AllowAnonymous();
        return app;
    }

    // replay_lag is null when the standby has nothing to replay; the byte distance says how far behind it is.
    private const string Streaming = """
        SELECT application_name, state, sync_state, extract(epoch FROM replay_lag)::float8,
               pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn)::float8
        FROM pg_stat_replication ORDER BY application_name
        """;

    private static async Task<IResult> CheckAsync(NpgsqlDataSource dataSource, ReadReplicas replicas, ILoggerFactory loggers, HttpContext context,
        CancellationToken cancellationToken)
    {
        try
        {
            await using var command = dataSource.CreateCommand("SELECT postgis_lib_version()");
            var postgis = (string?)await command.ExecuteScalarAsync(cancellationToken);
            var applied = await MigrationRunner.CountAppliedAsync(dataSource, cancellationToken);
            var expected = MigrationRunner.KnownScripts.Count;
            var replication = await ReplicationAsync(dataSource, replicas, cancellationToken);
            var body = new { status = applied == expected ? "healthy" : "unhealthy", postgis, migrations = new { applied, expected }, replication };
            return applied == expected ? Results.Ok(body) : Unavailable(context, body);
        }
        catch (Exception e) when (DatabaseOutage.Is(e))
        {
            // Anyone may call /health: the driver's text (hosts, ports, roles) goes to the log only.
            loggers.CreateLogger(typeof(HealthEndpoints)).LogWarning(e, "Health check: PostGIS is not reachable");
            return Unavailable(context, new { status = "unhealthy" });
        }
    }

    private static async Task<object> ReplicationAsync(NpgsqlDataSource dataSource, ReadReplicas replicas, CancellationToken cancellationToken)
    {
        bool standby;
        double? replayDelaySeconds;
        await using (var recovery = dataSource.CreateCommand("SELECT pg_is_in_recovery(), extract(epoch FROM now() - pg_last_xact_replay_timestamp())::float8"))
        await using (var reader = await recovery.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            standby = reader.GetBoolean(0);
            replayDelaySeconds = reader.IsDBNull(1) ? null : reader.GetDouble(1);
        }

        var streaming = new List<object>();
        if (!standby)
        {
            await using var command = dataSource.CreateCommand(Streaming);
            await using var rows = await command.ExecuteReaderAsync(cancellationToken);
            while (await rows.ReadAsync(cancellationToken))
            {
                streaming.Add(new
                {
                    name = rows.IsDBNull(0) ? null : rows.GetString(0),
                    state = rows.IsDBNull(1) ? null : rows.GetString(1),
                    sync = rows.IsDBNull(2) ? null : rows.GetString(2),
                    replayLagSeconds = rows.IsDBNull(3) ? 0 : rows.GetDouble(3),
                    bytesBehind = rows.IsDBNull(4) ? (double?)null : rows.GetDouble(4),
                });
            }
        }

        return new
        {
            role = standby ? "replica" : "primary",
            replayDelaySeconds = standby ? replayDelaySeconds : null,
            replicas = streaming,
            readPool = replicas.States.Select(s => new { name = s.Name, reachable = s.Reachable, inPool = s.InPool, lagSeconds = s.LagSeconds }),
        };
    }

    private static IResult Unavailable(HttpContext context, object body)
    {
        context.Response.Headers.RetryAfter = RejectionProblem.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Results.Json(body, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
