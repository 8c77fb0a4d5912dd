using System.Reflection;
using FireMap.Api.Database;
using FireMap.Api.Jobs;
using Microsoft.Extensions.Options;
using Npgsql;

namespace FireMap.Api.Operations;

/// <summary>
/// Takes, lists and prunes backups (docs/operations.md). A backup is consistent: the row counts and
/// digests of its manifest are read in the same snapshot pg_dump exports. It carries the account
/// secrets files so that a restored installation can be signed into as before; the cluster's own
/// passwords (credentials.json) are not carried: a restore goes into a cluster that has its own.
/// </summary>
public sealed class BackupService(DatabaseSettings database, IOptions<BackupOptions> options, IConfiguration configuration, FireMapPaths paths,
    TimeProvider time, ILogger<BackupService> logger)
{
    public static readonly string[] SecretFiles = ["initial-admin-password", "demo-accounts.json"];

    public string Directory => options.Value.Directory is { Length: > 0 } configured
        ? Path.GetFullPath(configured)
        : Path.Combine(paths.StateDirectory, "backups");

    public string SecretsDirectory => options.Value.SecretsDirectory
        ?? configuration["FireMap:Accounts:SecretsDirectory"]
        ?? paths.StateDirectory;

    public static string FireMapVersion { get; } =
        typeof(BackupService).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>Takes a backup into <paramref name="target"/>, or into the backup folder when null.</summary>
    public async Task<(string Path, BackupManifest Manifest)> CreateAsync(string reason, string? target, CancellationToken cancellationToken)
    {
        var createdAt = time.GetUtcNow();
        var path = target is null ? Path.Combine(Directory, BackupFile.NameFor(createdAt, reason)) : Path.GetFullPath(target);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var work = System.IO.Directory.CreateTempSubdirectory("firemap-backup-");
        try
        {
            await using var connection = new NpgsqlConnection(database.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
            await using (var readOnly = new NpgsqlCommand("SET TRANSACTION READ ONLY", connection, transaction))
            {
                await readOnly.ExecuteNonQueryAsync(cancellationToken);
            }

            string snapshot;
            await using (var export = new NpgsqlCommand("SELECT pg_export_snapshot()", connection, transaction))
            {
                snapshot = (string)(await export.ExecuteScalarAsync(cancellationToken))!;
            }

            var tables = await TableInventory.ReadAsync(connection, transaction, cancellationToken);
            var migrations = await AppliedAsync(connection, transaction, cancellationToken);
            var dump = Path.Combine(work.FullName, BackupManifest.DumpName);
            await PostgresTools.DumpAsync(database.ConnectionString, snapshot, dump, cancellationToken);
            await transaction.CommitAsync(cancellationToken);

            var files = new List<(string Name, string File)> { (BackupManifest.DumpName, dump) };
            files.AddRange(SecretFiles.Select(name => Path.Combine(SecretsDirectory, name)).Where(File.Exists)
                .Select(file => (BackupManifest.SecretsFolder + Path.GetFileName(file), file)));
            var draft = new BackupManifest(BackupManifest.CurrentFormat, createdAt, reason, FireMapVersion,
                migrations.Count == 0 ? "" : MigrationRunner.VersionOf(migrations[^1]), migrations, tables, []);
            var manifest = await BackupArchive.WriteAsync(path, draft, files, cancellationToken);
            logger.LogInformation("Backup {File} taken ({Reason}, schema {Schema}, {Tables} tables)", path, reason, manifest.SchemaVersion, tables.Count);
            return (path, manifest);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>The backups in the backup folder, newest first.</summary>
    public IReadOnlyList<BackupFile> List() => System.IO.Directory.Exists(Directory)
        ? [.. System.IO.Directory.EnumerateFiles(Directory, "firemap-*.tar").Select(BackupFile.Parse).OfType<BackupFile>().OrderByDescending(b => b.CreatedAt)]
        : [];

    /// <summary>The full path of the backup named <paramref name="name"/>, or null when there is none (or the name is not a backup's).</summary>
    public string? PathOf(string name)
    {
        var path = Path.Combine(Directory, Path.GetFileName(name));
        return Path.GetFileName(name) == name && BackupFile.Parse(path) is not null && File.Exists(path) ? path : null;
    }

    /// <summary>Seconds since the newest backup was taken; null when there is none.</summary>
    public double? AgeSeconds() => List() is [var newest, ..] ? (time.GetUtcNow() - newest.CreatedAt).TotalSeconds : null;

    /// <summary>
    /// Keeps the newest backup of each of the last <see cref="BackupOptions.KeepDaily"/> days that have one, then
    /// the newest of each of the <see cref="BackupOptions.KeepWeekly"/> weeks before, and deletes the rest.
    /// </summary>
    public IReadOnlyList<string> Prune()
    {
        var all = List();
        var keep = BackupRetention.Keep(all, options.Value.KeepDaily, options.Value.KeepWeekly);
        var removed = new List<string>();
        foreach (var backup in all.Where(b => !keep.Contains(b)))
        {
            File.Delete(Path.Combine(Directory, backup.Name));
            removed.Add(backup.Name);
        }

        return removed;
    }

    private static async Task<List<string>> AppliedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT scriptname FROM schemaversions ORDER BY scriptname", connection, transaction);
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
