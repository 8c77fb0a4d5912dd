using FireMap.TestHost;

namespace FireMap.Api.Tests.Architecture;

/// <summary>
/// Reads stay on replicas: source that reads through the injected data source without <c>Routed()</c>
/// (or <c>ReadReplicas.ForReadAsync</c>) goes to the primary, which is right only for the deliberate primary readers listed here. A new
/// repository or loader that reads for queries must call <c>Routed()</c> or be added with its reason.
/// </summary>
public sealed class ReadRoutingTests
{
    // Whole areas that read the primary on purpose: they write, or must see the newest state.
    private static readonly string[] _primaryFolders =
    [
        "Accounts",     // sign-in, tokens and Data Protection keys: a session must see its own account at once
        "Changes",      // LISTEN/NOTIFY lives on the primary
        "Database",     // migrations and the read pool's own checks
        "Health",       // reports the primary's state
        "Idempotency",  // a retried write must find the first one's answer
        "Imports",      // imports write; their mappings are read inside the import
        "Jobs",         // claimed once with locks on the primary
        "Webhooks",     // deliveries are claimed and recorded
    ];

    // Single files that read the primary on purpose, each with its reason.
    private static readonly string[] _primaryFiles =
    [
        "Buildings/BuildingChiefLoader.cs",   // audited personal read: the audit row is written in the same transaction
        "Units/UnitContactsLoader.cs",        // audited personal read, as above
        "Hazards/HazardAlerts.cs",            // alerts run by jobs and after writes
        "FieldWork/VisitAlerts.cs",           // as above
        "Coverage/BuildingStationRoutes.cs",  // the coverage network is rebuilt on the primary after a change
        "Coverage/CoverageNetwork.cs",        // as above
        "Coverage/StationIsochrones.cs",      // as above
        "Geocoding/GazetteerLoader.cs",       // a cache, refreshed when NOTIFY says the data changed: it must see the change
        "Risk/Periods/RiskModelSource.cs",    // the risk run's source, on the primary where the run writes
        "Risk/Runs/RiskRetention.cs",         // deletes old runs
    ];

    [Fact]
    public void Source_reading_the_primary_without_Routed_is_a_deliberate_primary_reader()
    {
        var api = Path.Combine(RepositoryRoot.Find(), "src", "Api");
        var unexpected = Directory.GetFiles(api, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (Path: Path.GetRelativePath(api, f).Replace(Path.DirectorySeparatorChar, '/'), Text: File.ReadAllText(f)))
            .Where(f => (f.Text.Contains("dataSource.CreateCommand", StringComparison.Ordinal) || f.Text.Contains("dataSource.OpenConnectionAsync", StringComparison.Ordinal))
                && !f.Text.Contains("Routed()", StringComparison.Ordinal) && !f.Text.Contains("ForReadAsync(", StringComparison.Ordinal))
            .Select(f => f.Path)
            .Where(p => !IsDeliberate(p))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(unexpected.Count == 0,
            "these read the primary without Routed(); route query reads to replicas or list the file with its reason: " + string.Join(", ", unexpected));
    }

    // Commands write; demo loaders fill an empty database at the first start.
    private static bool IsDeliberate(string path) =>
        _primaryFolders.Any(folder => path.StartsWith(folder + "/", StringComparison.Ordinal))
        || _primaryFiles.Contains(path, StringComparer.Ordinal)
        || Path.GetFileName(path).EndsWith("Commands.cs", StringComparison.Ordinal)
        || Path.GetFileName(path).StartsWith("Demo", StringComparison.Ordinal)
        || Path.GetFileName(path).EndsWith("DemoLoader.cs", StringComparison.Ordinal);
}
