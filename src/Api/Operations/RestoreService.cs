using FireMap.Api.Accounts;
using FireMap.Api.Database;
using FireMap.Api.Database.Embedded;
using Npgsql;

namespace FireMap.Api.Operations;

/// <summary>
/// Restores a backup file into a fresh installation, or (with <c>replace</c>) over the embedded
/// cluster's database while the service is stopped: checks every part's checksum, refuses a backup
/// of a schema newer than this FireMap, restores the dump in one transaction, puts the account secrets
/// files back, and compares every table's count and digest with the manifest.
/// </summary>
public sealed class RestoreService(DatabaseSettings database, IServiceProvider services, BackupService backups, ILogger<RestoreService> logger)
{
    public async Task<BackupManifest> RestoreAsync(string file, bool replace, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var work = Directory.CreateTempSubdirectory("firemap-restore-");
        try
        {
            var manifest = await BackupArchive.ExtractAsync(file, work.FullName, cancellationToken);
            await output.WriteLineAsync($"backup of {manifest.CreatedAt:u} ({manifest.Reason}), schema {manifest.SchemaVersion}, FireMap {manifest.FireMapVersion}: checksums match");
            var unknown = MigrationRunner.UnknownTo(manifest.Migrations);
            if (unknown.Count > 0)
            {
                throw new InvalidOperationException(
                    $"The backup's schema ({manifest.SchemaVersion}) is newer than this FireMap's ({MigrationRunner.CodeSchemaVersion}): " +
                    "restore it with the FireMap version that took it.");
            }

            if ((await TableInventory.ReadAsync(database.ConnectionString, cancellationToken)).Count > 0)
            {
                await EmptyDatabaseAsync(replace);
            }

            var dump = Path.Combine(work.FullName, BackupManifest.DumpName);
            var list = Path.Combine(work.FullName, "restore.list");
            // The extensions exist already (a superuser made them with the database); creating or
            // commenting them again, or writing PostGIS's own spatial_ref_sys (which the application role
            // cannot change, so it holds only PostGIS's rows), needs a superuser.
            var entries = (await PostgresTools.ListAsync(dump, cancellationToken)).Split('\n')
                .Where(line => !line.Contains(" EXTENSION ", StringComparison.Ordinal)
                    && !line.Contains(" TABLE DATA public spatial_ref_sys ", StringComparison.Ordinal));
            await File.WriteAllLinesAsync(list, entries, cancellationToken);
            await PostgresTools.RestoreAsync(database.ConnectionString, dump, list, cancellationToken);

            RestoreSecrets(work.FullName, manifest);
            var differences = TableInventory.Compare(manifest.Tables, await TableInventory.ReadAsync(database.ConnectionString, cancellationToken));
            if (differences.Count > 0)
            {
                throw new InvalidOperationException("The restored database differs from the backup's manifest: " + string.Join("; ", differences));
            }

            await output.WriteLineAsync($"restored {manifest.Tables.Count} tables, {manifest.Tables.Sum(t => t.Rows)} rows; every count and digest equals the manifest");
            logger.LogInformation("Restored backup {File} (schema {Schema})", file, manifest.SchemaVersion);
            return manifest;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private async Task EmptyDatabaseAsync(bool replace)
    {
        if (!replace)
        {
            throw new InvalidOperationException("The database already holds data. Stop the service and run the restore with --replace to put the backup in its place.");
        }

        var options = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<DatabaseOptions>>().Value;
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            throw new InvalidOperationException("--replace works on the embedded cluster only; restore into an empty database, or empty it yourself first.");
        }

        var cluster = services.GetRequiredService<EmbeddedPostgresCluster>();
        var name = new NpgsqlConnectionStringBuilder(database.ConnectionString).Database!;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(cluster.AdminConnectionString);
        await connection.OpenAsync();
        try
        {
            // Without FORCE: a running service keeps connections open, and the drop then fails instead of cutting it off.
            await using var drop = new NpgsqlCommand($"DROP DATABASE \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
            await drop.ExecuteNonQueryAsync();
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse)
        {
            throw new InvalidOperationException("The database is in use: stop the service (./firemap run) before restoring over it.", e);
        }

        cluster.EnsureDatabase(name);
    }

    private void RestoreSecrets(string folder, BackupManifest manifest)
    {
        foreach (var part in manifest.Parts.Where(p => p.Name.StartsWith(BackupManifest.SecretsFolder, StringComparison.Ordinal)))
        {
            var name = Path.GetFileName(part.Name);
            if (BackupService.SecretFiles.Contains(name))
            {
                SecretFile.Write(Path.Combine(backups.SecretsDirectory, name), File.ReadAllText(Path.Combine(folder, part.Name)));
            }
        }
    }
}
