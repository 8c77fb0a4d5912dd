namespace FireMap.Spatial.Tests.Geocoding.Support;

/// <summary>Where the repository (the folder with FireMap.sln) and the shared real data are.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The repository root, found by walking up to FireMap.sln.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>A file of the demo data set, e.g. compounds.geojson.</summary>
    public static string Demo(string file) => Path.Combine(Root, "data", "demo", file);

    /// <summary>The shared real data folder, <c>../shared/realdata</c> from the repository root.</summary>
    public static string RealData(params string[] parts) =>
        Path.GetFullPath(Path.Combine([Root, "..", "shared", "realdata", .. parts]));

    private static string FindRoot()
    {
        // From the build output first (tests), then from the working directory (a benchmark run elsewhere).
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "FireMap.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException($"FireMap.sln not found above {AppContext.BaseDirectory} or {Environment.CurrentDirectory}");
    }
}
