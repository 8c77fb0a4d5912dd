namespace FireMap.Api.Risk.Runs;

/// <summary>
/// Configuration of the risk feature (section <c>FireMap:Risk</c>): the model file, and whether runs are
/// made at start-up and every day. The model file's own <c>version</c> names the runs it produces.
/// </summary>
public sealed class RiskOptions
{
    public const string Section = "FireMap:Risk";

    /// <summary>Path of the model file, relative to the repository root; <c>data/risk/model-v2.json</c> (station factors on routed time) when absent.</summary>
    public string? Model { get; set; }

    public bool RecomputeOnStart { get; set; } = true;

    public bool DailyRuns { get; set; } = true;

    /// <summary>Days for which every daily run is kept; older runs are thinned to one per month (see <see cref="RiskRetention"/>).</summary>
    public int KeepDailyRunsDays { get; set; } = 90;

    /// <summary>The model file's full path.</summary>
    public string ModelPath(FireMapPaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return string.IsNullOrWhiteSpace(Model) ? Path.Combine(paths.Root, "data", "risk", "model-v2.json") : Path.GetFullPath(Model, paths.Root);
    }
}
