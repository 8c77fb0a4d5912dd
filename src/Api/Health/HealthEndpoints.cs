using FireMap.Api.Database;
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

    private static async Task<IResult> CheckAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        try
        {
            await using var command = dataSource.CreateCommand("SELECT postgis_lib_version()");
            var postgis = (string?)await command.ExecuteScalarAsync(cancellationToken);
            var applied = await MigrationRunner.CountAppliedAsync(dataSource, cancellationToken);
            var expected = MigrationRunner.KnownScripts.Count;
            var body = new { status = applied == expected ? "healthy" : "unhealthy", postgis, migrations = new { applied, expected } };
            return applied == expected ? Results.Ok(body) : Results.Json(body, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            return Results.Json(new { status = "unhealthy", error = $"PostGIS is not reachable: {e.Message}" },
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
