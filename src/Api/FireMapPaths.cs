namespace FireMap.Api;

/// <summary>
/// Where FireMap finds its web assets, demo data and local state. The repository root is found
/// by walking up to <c>FireMap.sln</c>, so the service behaves the same whether it is started
/// by <c>./firemap run</c>, <c>dotnet run</c> or a test host; <c>FireMap:Root</c> overrides it.
/// </summary>
public sealed class FireMapPaths
{
    private FireMapPaths(string root) => Root = root;

    public string Root { get; }

    public string WebRoot => Path.Combine(Root, "web");

    public string VendorRoot => Path.Combine(WebRoot, "node_modules");

    public string DemoData => Path.Combine(Root, "data", "demo");

    /// <summary>Git-ignored folder that holds the embedded cluster and other local state.</summary>
    public string StateDirectory => Path.Combine(Root, ".firemap");

    public static FireMapPaths Resolve(IConfiguration configuration)
    {
        var configured = configuration["FireMap:Root"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new FireMapPaths(Path.GetFullPath(configured));
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "FireMap.sln")))
                {
                    return new FireMapPaths(dir.FullName);
                }
            }
        }

        return new FireMapPaths(Directory.GetCurrentDirectory());
    }
}
