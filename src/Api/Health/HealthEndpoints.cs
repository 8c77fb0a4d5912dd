using FireMap.Api.Database;
using FireMap.Api.Errors;
using Npgsql;

namespace FireMap.Api.Health;

/// <summary><c>/alive</c>: the process answers. <c>/health</c>: PostGIS answers and every migration is applied.</summary>
public static class HealthEndpoints
{
    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapGet("/alive", () => Results.Ok(new { status = "alive" })).AllowAnonymous();
        app.MapGet("/health", CheckAsync).AllowAnonymous();
        return app;
    }

    private static async Task<IResult> CheckAsync(NpgsqlDataSource dataSource, ILoggerFactory loggers, HttpContext context, CancellationToken cancellationToken)
    {
        try
        {
            await using var command = dataSource.CreateCommand("SELECT postgis_lib_version()");
            var postgis = (string?)await command.ExecuteScalarAsync(cancellationToken);
            var applied = await MigrationRunner.CountAppliedAsync(dataSource, cancellationToken);
            var expected = MigrationRunner.KnownScripts.Count;
            var body = new { status = applied == expected ? "healthy" : "unhealthy", postgis, migrations = new { applied, expected } };
            return applied == expected ? Results.Ok(body) : Unavailable(context, body);
        }
        catch (Exception e) when (DatabaseOutage.Is(e))
        {
            // Anyone may call /health: the driver's text (hosts, ports, roles) goes to the log only.
            loggers.CreateLogger(typeof(HealthEndpoints)).LogWarning(e, "Health check: PostGIS is not reachable");
            return Unavailable(context, new { status = "unhealthy" });
        }
    }

    private static IResult Unavailable(HttpContext context, object body)
    {
        context.Response.Headers.RetryAfter = RejectionProblem.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Results.Json(body, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
