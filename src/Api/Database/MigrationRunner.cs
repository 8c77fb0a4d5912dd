using System.Reflection;
using DbUp;
using Npgsql;

namespace FireMap.Api.Database;

/// <summary>Applies the numbered <c>.sql</c> migrations embedded in this assembly, each once, in order.</summary>
public sealed class MigrationRunner(DatabaseSettings settings, ILogger<MigrationRunner> logger)
{
    private const string JournalTable = "schemaversions";

    private static readonly Assembly _assembly = typeof(MigrationRunner).Assembly;

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

    public void Apply()
    {
        var upgrader = DeployChanges.To.PostgresqlDatabase(settings.ConnectionString)
            .WithScriptsEmbeddedInAssembly(_assembly, IsMigration)
            .JournalToPostgresqlTable("public", JournalTable)
            .WithTransactionPerScript()
            .LogToNowhere()
            .Build();
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
