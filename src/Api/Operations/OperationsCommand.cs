using FireMap.Api.Database;
using FireMap.Api.Database.Embedded;
using Microsoft.Extensions.Options;

namespace FireMap.Api.Operations;

/// <summary>
/// <c>./firemap backup [FILE]</c> and <c>./firemap restore FILE [--replace]</c>: against the database the
/// service uses (the embedded cluster is started for the command and stopped again if it was not running).
/// </summary>
public static class OperationsCommand
{
    public const string Usage = "usage: ./firemap backup [FILE] | ./firemap restore FILE [--replace]";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(error);
        if (args is not (["backup"] or ["backup", _] or ["restore", _] or ["restore", _, "--replace"]) || args.Skip(1).Take(1).Any(a => a.StartsWith("--", StringComparison.Ordinal)))
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }

        await using var app = FireMapApp.Build([], builder =>
        {
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            configure?.Invoke(builder);
        });
        var embedded = string.IsNullOrWhiteSpace(app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString);
        var cluster = embedded ? app.Services.GetRequiredService<EmbeddedPostgresCluster>() : null;
        var wasRunning = cluster?.IsRunning ?? true;
        try
        {
            _ = app.Services.GetRequiredService<DatabaseSettings>(); // starts the embedded cluster
            if (args[0] == "backup")
            {
                var (path, manifest) = await app.Services.GetRequiredService<BackupService>()
                    .CreateAsync("command", args.Length > 1 ? args[1] : null, CancellationToken.None);
                await output!.WriteLineAsync($"backup written to {path}\nschema {manifest.SchemaVersion}, {manifest.Tables.Count} tables, {manifest.Tables.Sum(t => t.Rows)} rows");
                return 0;
            }

            await app.Services.GetRequiredService<RestoreService>().RestoreAsync(Path.GetFullPath(args[1]), args.Length > 2, output!, CancellationToken.None);
            return 0;
        }
        catch (Exception e) when (e is InvalidOperationException or InvalidDataException or IOException or Npgsql.NpgsqlException or EmbeddedPostgresException)
        {
            await error.WriteLineAsync(e.Message);
            return 1;
        }
        finally
        {
            if (!wasRunning)
            {
                cluster!.Stop();
            }
        }
    }
}
