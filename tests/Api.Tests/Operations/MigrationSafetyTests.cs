using FireMap.Api.Database;
using FireMap.Api.Operations;
using FireMap.Api.Risk.Inputs;
using FireMap.Api.Risk.Runs;
using FireMap.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace FireMap.Api.Tests.Operations;

/// <summary>
/// Upgrades on databases of their own (not the shared fixture's): a migration that fails leaves the
/// database as it was with the pre-migration backup beside it; a database of a newer schema is refused;
/// risk-run retention keeps recent runs, one per month and pinned runs.
/// </summary>
public sealed class MigrationSafetyTests : IDisposable
{
    private readonly string _root = RepositoryRoot.Find();
    private readonly DirectoryInfo _backups = Directory.CreateTempSubdirectory("firemap-migration-backups-");

    [Fact]
    public async Task Failing_migration_leaves_the_database_unchanged_and_the_pre_migration_backup_present()
    {
        var connectionString = await TestCluster.CreateFreshDatabaseAsync(_root, "failing_migration");
        Runner(connectionString).Apply();
        Assert.Empty(_backups.GetFiles()); // an empty database has nothing to save
        var before = await TableInventory.ReadAsync(connectionString, CancellationToken.None);
        var applied = MigrationRunner.Applied(connectionString);

        var broken = new AdditionalMigration("9001_broken.sql", """
            CREATE TABLE broken_marker (id int);
            ALTER TABLE compounds ADD COLUMN broken integer;
            SELECT 1 / 0;
            """);
        var failure = Assert.Throws<InvalidOperationException>(() => Runner(connectionString, broken).Apply());
        Assert.Contains("9001_broken", failure.Message, StringComparison.Ordinal);

        Assert.Equal(applied, MigrationRunner.Applied(connectionString));
        Assert.Empty(TableInventory.Compare(before, await TableInventory.ReadAsync(connectionString, CancellationToken.None)));
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var column = new NpgsqlCommand(
                "SELECT count(*) FROM information_schema.columns WHERE table_name = 'compounds' AND column_name = 'broken'", connection);
            Assert.Equal(0L, await column.ExecuteScalarAsync());
        }

        var backup = Assert.Single(_backups.GetFiles("firemap-*-pre-migration.tar"));
        var folder = Directory.CreateTempSubdirectory("firemap-premigration-");
        try
        {
            var manifest = await BackupArchive.ExtractAsync(backup.FullName, folder.FullName, CancellationToken.None);
            Assert.Equal(MigrationRunner.CodeSchemaVersion, manifest.SchemaVersion);
            Assert.Empty(TableInventory.Compare(before, manifest.Tables));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Database_of_a_newer_schema_is_refused_with_a_clear_message()
    {
        var connectionString = await TestCluster.CreateFreshDatabaseAsync(_root, "newer_schema");
        Runner(connectionString).Apply();
        await ExecuteAsync(connectionString, "INSERT INTO schemaversions (scriptname, applied) VALUES ('FireMap.Api.Database.Migrations.9999_future.sql', now())");

        var refusal = Assert.Throws<SchemaTooNewException>(() => Runner(connectionString).Apply());
        Assert.Contains("newer than this FireMap", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("9999_future", refusal.Message, StringComparison.Ordinal);
        Assert.Contains(MigrationRunner.CodeSchemaVersion, refusal.Message, StringComparison.Ordinal);
        Assert.Empty(_backups.GetFiles()); // refused before anything, backups included
    }

    [Fact]
    public async Task Risk_retention_keeps_recent_runs_the_latest_of_each_month_and_pinned_runs()
    {
        var connectionString = await TestCluster.CreateFreshDatabaseAsync(_root, "retention");
        Runner(connectionString).Apply();
        // Runs on 1, 10 and 20 March and 1, 15 April (older than 90 days), and yesterday; 10 March is pinned.
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var old = new DateOnly(today.Year - 2, 3, 1);
        DateOnly[] dates = [old, old.AddDays(9), old.AddDays(19), old.AddMonths(1), old.AddMonths(1).AddDays(14), today.AddDays(-1)];
        foreach (var date in dates)
        {
            await ExecuteAsync(connectionString, $"""
                INSERT INTO risk_runs (model_version, as_of, computed_at, compound_count, building_count, duration_ms, gather_ms, score_ms, store_ms, trigger, actor)
                VALUES ('v-test', '{date:yyyy-MM-dd}', now(), 0, 0, 0, 0, 0, 0, 'daily', 'test')
                """);
        }

        await ExecuteAsync(connectionString, $"UPDATE risk_runs SET kept_reason = 'report:test' WHERE as_of = '{old.AddDays(9):yyyy-MM-dd}'");
        // The first run's scores as a partition, which goes with it.
        var first = await ScalarAsync<long>(connectionString, $"SELECT id FROM risk_runs WHERE as_of = '{old:yyyy-MM-dd}'");
        await ExecuteAsync(connectionString, $"""
            CREATE TABLE compound_risk_scores_r{first}_1 (LIKE compound_risk_scores INCLUDING CONSTRAINTS);
            ALTER TABLE compound_risk_scores ATTACH PARTITION compound_risk_scores_r{first}_1 FOR VALUES IN ({first});
            INSERT INTO compound_risk_scores VALUES ({first}, 1, 10, 'low', NULL, NULL, 10, 10, 0, '{"{}"}', now());
            """);

        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var retention = new RiskRetention(dataSource, new ChinaCalendar(TimeProvider.System), Options.Create(new RiskOptions()));
        Assert.Equal(2, await retention.PruneAsync(today.AddDays(-90), CancellationToken.None));

        var kept = await ScalarAsync<string>(connectionString, "SELECT string_agg(to_char(as_of, 'MM-DD'), ',' ORDER BY as_of) FROM risk_runs");
        Assert.Equal($"03-10,03-20,04-15,{today.AddDays(-1):MM-dd}", kept);
        Assert.Equal(0L, await ScalarAsync<long>(connectionString, "SELECT count(*) FROM compound_risk_scores"));
        Assert.Equal(0L, await ScalarAsync<long>(connectionString, $"SELECT count(*) FROM pg_class WHERE relname = 'compound_risk_scores_r{first}_1'"));
    }

    public void Dispose() => _backups.Delete(recursive: true);

    private MigrationRunner Runner(string connectionString, params AdditionalMigration[] additional)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["FireMap:Root"] = _root }).Build();
        var backups = new BackupService(new DatabaseSettings(connectionString), Options.Create(new BackupOptions { Directory = _backups.FullName }),
            configuration, FireMapPaths.Resolve(configuration), TimeProvider.System, NullLogger<BackupService>.Instance);
        var safeguard = new PreMigrationBackup(backups, Options.Create(new BackupOptions()), NullLogger<PreMigrationBackup>.Instance);
        return new MigrationRunner(new DatabaseSettings(connectionString), NullLogger<MigrationRunner>.Instance, additional, [safeguard]);
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
