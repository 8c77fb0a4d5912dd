using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using FireMap.Api.Database;
using FireMap.Api.Database.Embedded;
using FireMap.Api.Operations;
using FireMap.Api.Tests.Accounts;
using FireMap.Api.Tests.Database;
using FireMap.TestHost;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace FireMap.Api.Tests.Operations;

/// <summary>
/// A backup of the demo database with edits made through the API (a hazard, a photo), restored into a
/// throw-away cluster of its own (the shared fixture's data are never touched): every table's rows and
/// every photo's bytes come back, and damaged or too-new backups are refused.
/// </summary>
[Collection(FireMapServerCollection.Name)]
public sealed class BackupRestoreTests(FireMapServerFixture server)
{
    private readonly AccountApi _api = new(server);

    [Fact]
    public async Task Backup_taken_through_the_api_restores_into_a_fresh_cluster_with_every_row_and_photo()
    {
        var building = await _api.ScalarAsync<long>("SELECT id FROM buildings ORDER BY id LIMIT 1");
        var hazard = await _api.AsAsync("admin", "mutation($input: ReportHazardInput!) { reportHazard(input: $input) { id } }", new
        {
            input = new
            {
                subjectType = "BUILDING", subjectId = building.ToString(System.Globalization.CultureInfo.InvariantCulture), category = "OTHER",
                severity = "GENERAL", description = "备份测试", responsibleUnit = "某物业",
            },
        });
        Assert.Null(AccountApi.ErrorCode(hazard));
        var photo = RandomNumberGenerator.GetBytes(4096);
        var photoHash = Convert.ToHexStringLower(SHA256.HashData(photo));
        await InsertPhotoAsync(photo, photoHash);

        var run = await _api.AsAsync("admin", "mutation { takeBackup { outcome message } }");
        Assert.Null(AccountApi.ErrorCode(run));
        Assert.Equal("SUCCEEDED", run.GetProperty("data").GetProperty("takeBackup").GetProperty("outcome").GetString());
        var file = Directory.GetFiles(server.BackupDirectory, "firemap-*-manual.tar").Order().Last();

        // Downloadable by the administrator, byte for byte.
        using (var client = server.CreateClient())
        {
            var downloaded = await client.GetByteArrayAsync(new Uri(OperationsEndpoints.DownloadPath(Path.GetFileName(file)), UriKind.Relative));
            Assert.Equal(await File.ReadAllBytesAsync(file), downloaded);
        }

        var directory = Path.Combine(server.Root, ".firemap", "cluster-tests", "restore-" + Guid.NewGuid().ToString("N")[..8]);
        var secrets = Path.Combine(directory, "secrets");
        var cluster = new EmbeddedPostgresCluster(
            new EmbeddedPostgresOptions { Directory = directory, Port = 54360, Durable = false, Extensions = MigrationRunner.RequiredExtensions },
            NullLogger.Instance);
        try
        {
            var restored = cluster.Start(); // the fresh installation: an empty database
            var output = new StringWriter();
            var error = new StringWriter();
            var code = await OperationsCommand.RunAsync(["restore", file], output, error, builder => builder.Configuration.AddInMemoryCollection(
                new Dictionary<string, string?>
                {
                    ["FireMap:Root"] = server.Root,
                    ["FireMap:Embedded:Directory"] = directory,
                    ["FireMap:Embedded:Port"] = "54360",
                    ["FireMap:Accounts:SecretsDirectory"] = secrets,
                    ["FireMap:Logs:Directory"] = Path.Combine(directory, "logs"),
                }));
            Assert.True(code == 0, error.ToString());
            Assert.Contains("every count and digest equals the manifest", output.ToString(), StringComparison.Ordinal);

            // The manifest's counts are those of the source at the backup; the restored database holds the same rows.
            var manifest = await ManifestOfAsync(file);
            var after = await TableInventory.ReadAsync(restored, CancellationToken.None);
            Assert.Empty(TableInventory.Compare(manifest.Tables, after));
            Assert.Contains(manifest.Tables, t => t.Table == "public.hazards" && t.Rows > 0);
            await using (var connection = new NpgsqlConnection(restored))
            {
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand("SELECT original FROM photos WHERE sha256 = @hash", connection);
                command.Parameters.AddWithValue("hash", photoHash);
                Assert.Equal(photo, (byte[])(await command.ExecuteScalarAsync())!);
            }

            Assert.True(File.Exists(Path.Combine(secrets, "demo-accounts.json")), "the account secrets come back with the data");

            // A second restore over the data is refused without --replace.
            Assert.Equal(1, await OperationsCommand.RunAsync(["restore", file], TextWriter.Null, error = new StringWriter(), builder =>
                builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
                {
                    ["FireMap:Root"] = server.Root, ["FireMap:Embedded:Directory"] = directory, ["FireMap:Embedded:Port"] = "54360",
                    ["FireMap:Accounts:SecretsDirectory"] = secrets, ["FireMap:Logs:Directory"] = Path.Combine(directory, "logs"),
                })));
            Assert.Contains("already holds data", error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            cluster.Stop();
            ClusterTestFolders.Delete(directory);
        }
    }

    [Fact]
    public async Task Restore_refuses_a_damaged_file_and_a_backup_of_a_newer_schema_before_touching_the_database()
    {
        var folder = Directory.CreateTempSubdirectory("firemap-backup-test-");
        try
        {
            var dump = Path.Combine(folder.FullName, "dump");
            await File.WriteAllBytesAsync(dump, RandomNumberGenerator.GetBytes(1000));
            var future = new BackupManifest(BackupManifest.CurrentFormat, DateTimeOffset.UtcNow, "test", "test", "9999_future",
                [.. MigrationRunner.KnownScripts, "FireMap.Api.Database.Migrations.9999_future.sql"], [], []);
            var newer = Path.Combine(folder.FullName, "newer.tar");
            await BackupArchive.WriteAsync(newer, future, [(BackupManifest.DumpName, dump)], CancellationToken.None);
            var error = new StringWriter();
            Assert.Equal(1, await OperationsCommand.RunAsync(["restore", newer], TextWriter.Null, error, Configure));
            Assert.Contains("newer than this FireMap", error.ToString(), StringComparison.Ordinal);

            // The same archive with one byte of the dump changed.
            var bytes = await File.ReadAllBytesAsync(newer);
            bytes[^2048] ^= 0xFF;
            var damaged = Path.Combine(folder.FullName, "damaged.tar");
            await File.WriteAllBytesAsync(damaged, bytes);
            error = new StringWriter();
            Assert.Equal(1, await OperationsCommand.RunAsync(["restore", damaged], TextWriter.Null, error, Configure));
            Assert.Contains("checksum", error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        // The shared database, pointed at by the connection string, is never reached: both refusals come first.
        void Configure(WebApplicationBuilder builder) => builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [DatabaseExtensions.ConnectionVariable] = server.ConnectionString,
            ["FireMap:Root"] = server.Root,
            ["FireMap:Logs:Directory"] = server.LogDirectory,
        });
    }

    [Fact]
    public async Task Backup_download_is_for_administrators_and_only_of_backup_files()
    {
        using var viewer = server.CreateClient("viewer");
        using var forbidden = await viewer.GetAsync(new Uri(OperationsEndpoints.DownloadPath("firemap-20260101T000000Z-daily.tar"), UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        using var admin = server.CreateClient();
        using var missing = await admin.GetAsync(new Uri(OperationsEndpoints.DownloadPath("..%2Fcredentials.json"), UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    private async Task InsertPhotoAsync(byte[] photo, string hash)
    {
        await using var command = server.DataSource.CreateCommand("""
            INSERT INTO photos (id, sha256, content_type, byte_size, width, height, original, display, thumbnail, uploaded_by)
            VALUES (gen_random_uuid(), @hash, 'image/png', @size, 8, 8, @bytes, @bytes, @bytes, (SELECT id FROM users WHERE user_name = 'admin'))
            """);
        command.Parameters.AddWithValue("hash", hash);
        command.Parameters.AddWithValue("size", photo.Length);
        command.Parameters.AddWithValue("bytes", photo);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<BackupManifest> ManifestOfAsync(string file)
    {
        var folder = Directory.CreateTempSubdirectory("firemap-manifest-");
        try
        {
            return await BackupArchive.ExtractAsync(file, folder.FullName, CancellationToken.None);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
