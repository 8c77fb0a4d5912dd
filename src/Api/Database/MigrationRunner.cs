using System.Reflection;
using DbUp;
using DbUp.Engine;
using Npgsql;

namespace FireMap.Api.Database;

/// <summary>
/// Applies the numbered <c>.sql</c> migrations embedded in this assembly, each once, in order, each in
/// its own transaction: a migration that fails leaves the database as the one before it left it. Before
/// anything changes it refuses a database migrated by a newer FireMap (<see cref="SchemaTooNewException"/>),
/// and when the database already holds a schema it lets the <see cref="IMigrationSafeguard"/>s act
/// (the operations feature takes a backup there).
/// </summary>
public sealed class MigrationRunner(
    DatabaseSettings settings, ILogger<MigrationRunner> logger, IEnumerable<AdditionalMigration> additional, IEnumerable<IMigrationSafeguard> safeguards)
{
    private const string JournalTable = "schemaversions";
    private const string ResourcePrefix = "FireMap.Api.Database.Migrations.";

    private static readonly Assembly _assembly = typeof(MigrationRunner).Assembly;

    private readonly List<SqlScript> _additional = [.. additional.Select(m => new SqlScript(ResourcePrefix + m.Name, m.Sql))];

    /// <summary>
    /// The extensions 0001_extensions.sql creates. Neither is a trusted extension, so where the
    /// migrations run as a role that is not a superuser (the embedded cluster's application role)
    /// a superuser creates them first and the migration finds them there.
    /// </summary>
    public static IReadOnlyList<string> RequiredExtensions { get; } = ["postgis", "pgrouting"];

    /// <summary>Names of every migration this build carries.</summary>
    public static IReadOnlyList<string> KnownScripts { get; } = _assembly.GetManifestResourceNames()
        .Where(IsMigration)
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>This build's schema version: the name of its last migration, such as <c>0016_operations</c>.</summary>
    public static string CodeSchemaVersion { get; } = VersionOf(KnownScripts[^1]);

    /// <summary>A journal entry's short name: <c>0016_operations</c> for the resource of 0016_operations.sql.</summary>
    public static string VersionOf(string scriptName)
    {
        ArgumentNullException.ThrowIfNull(scriptName);
        var name = scriptName.StartsWith(ResourcePrefix, StringComparison.Ordinal) ? scriptName[ResourcePrefix.Length..] : scriptName;
        return name.EndsWith(".sql", StringComparison.Ordinal) ? name[..^4] : name;
    }

    /// <summary>True when <paramref name="applied"/> holds a migration this build does not carry.</summary>
    public static IReadOnlyList<string> UnknownTo(IEnumerable<string> applied) =>
        [.. applied.Where(name => !KnownScripts.Contains(name, StringComparer.Ordinal)).Order(StringComparer.Ordinal)];

    public void Apply()
    {
        var applied = Applied(settings.ConnectionString);
        var unknown = applied.Where(name => !KnownScripts.Contains(name) && _additional.All(s => s.Name != name)).ToList();
        if (unknown.Count > 0)
        {
            throw new SchemaTooNewException(
                $"The database's schema is newer than this FireMap: it has migration {string.Join(", ", unknown.Select(VersionOf))}, " +
                $"and this version knows migrations up to {CodeSchemaVersion}. Run the FireMap version that upgraded the database, " +
                "or restore a backup taken before that upgrade (docs/operations.md).");
        }

        var upgrader = DeployChanges.To.PostgresqlDatabase(settings.ConnectionString)
            .WithScriptsEmbeddedInAssembly(_assembly, IsMigration)
            .WithScripts(_additional)
            .JournalToPostgresqlTable("public", JournalTable)
            .WithTransactionPerScript()
            .LogToNowhere()
            .Build();
        var pending = upgrader.GetScriptsToExecute().Select(script => script.Name).ToList();
        if (pending.Count > 0 && applied.Count > 0)
        {
            foreach (var safeguard in safeguards)
            {
                safeguard.BeforeMigrating(pending);
            }
        }

        var result = upgrader.PerformUpgrade();
        if (!result.Successful)
        {
            throw new InvalidOperationException($"Migration {result.ErrorScript?.Name} failed: {result.Error.Message}", result.Error);
        }

        foreach (var script in result.Scripts)
        {
            logger.LogInformation("Applied migration {Script}", script.Name);
        }
    }

    /// <summary>The migrations the database has recorded, in order; empty for a database without the journal.</summary>
    public static IReadOnlyList<string> Applied(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var exists = new NpgsqlCommand($"SELECT to_regclass('public.{JournalTable}') IS NOT NULL", connection);
        if (exists.ExecuteScalar() is not true)
        {
            return [];
        }

        using var command = new NpgsqlCommand($"SELECT scriptname FROM {JournalTable} ORDER BY scriptname", connection);
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    /// <summary>How many of this build's migrations the database has recorded as applied.</summary>
    public static async Task<int> CountAppliedAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"SELECT scriptname FROM {JournalTable}");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var applied = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            applied.Add(reader.GetString(0));
        }

        return KnownScripts.Count(applied.Contains);
    }

    private static bool IsMigration(string resourceName) =>
        resourceName.Contains(".Database.Migrations.", StringComparison.Ordinal) &&
        resourceName.EndsWith(".sql", StringComparison.Ordinal);
}
