namespace FireMap.Api.Tests.Architecture;

/// <summary>
/// The shape docs/architecture.md describes, held by tests: no namespace cycles anywhere in src/,
/// shared plumbing that names no feature, self-contained components, and a Spatial project that
/// knows nothing of ASP.NET or the database.
/// </summary>
public sealed class ArchitectureTests
{
    // Shared plumbing of the Api: features use these, they use no feature.
    private static readonly string[] _plumbing =
    [
        "FireMap.Api", "FireMap.Api.Access", "FireMap.Api.Audit", "FireMap.Api.Changes", "FireMap.Api.Compression", "FireMap.Api.Database", "FireMap.Api.Errors", "FireMap.Api.Exports", "FireMap.Api.Jobs",
        "FireMap.Api.GraphQL", "FireMap.Api.GraphQL.Batching", "FireMap.Api.GraphQL.Errors", "FireMap.Api.GraphQL.Paging",
        "FireMap.Api.GraphQL.Types", "FireMap.Api.Idempotency", "FireMap.Api.Security", "FireMap.Api.Telemetry",
    ];

    // Components that stand on their own: they use no other FireMap namespace at all.
    private static readonly string[] _components = ["FireMap.Api.Database.Embedded", "FireMap.Api.GraphQL.Http"];

    private static readonly NamespaceGraph _graph = NamespaceGraph.Source;

    [Fact]
    public void Namespaces_in_src_have_no_cycle()
    {
        Assert.True(_graph.Uses.Count > 30, "src/ not found");
        var cycle = _graph.FindCycle();
        Assert.True(cycle is null, $"namespace cycle: {cycle}");
    }

    [Fact]
    public void Plumbing_uses_no_feature()
    {
        foreach (var plumbing in _plumbing.Where(n => n != "FireMap.Api"))
        {
            var features = _graph.FireMapUsesOf(plumbing).Where(IsFeature).ToList();
            Assert.True(features.Count == 0, $"{plumbing} uses features: {string.Join(", ", features)}");
        }
    }

    [Fact]
    public void Components_use_no_other_FireMap_namespace()
    {
        foreach (var component in _components)
        {
            Assert.True(_graph.Uses.ContainsKey(component), $"{component} not found");
            Assert.Empty(_graph.FireMapUsesOf(component));
        }
    }

    [Fact]
    public void Spatial_uses_neither_the_Api_nor_ASP_NET_nor_the_database()
    {
        var spatial = _graph.Uses.Where(p => p.Key.StartsWith("FireMap.Spatial", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(spatial);
        foreach (var (name, uses) in spatial)
        {
            var wrong = uses.Where(u => u.StartsWith("FireMap.Api", StringComparison.Ordinal) || u.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)
                || u.StartsWith("Npgsql", StringComparison.Ordinal) || u.StartsWith("GraphQL", StringComparison.Ordinal)).ToList();
            Assert.True(wrong.Count == 0, $"{name} uses {string.Join(", ", wrong)}");
        }
    }

    [Fact]
    public void Every_feature_folder_registers_itself_in_one_Feature_class()
    {
        var api = Path.Combine(TestHost.RepositoryRoot.Find(), "src", "Api");
        var features = _graph.Uses.Keys.Where(IsFeature).Select(n => n.Split('.')[2]).Distinct()
            .Where(f => f is not ("Places" or "Hydrants")); // record types and columns only: nothing to register
        foreach (var feature in features)
        {
            Assert.True(File.Exists(Path.Combine(api, feature, $"{feature}Feature.cs")), $"src/Api/{feature} has no {feature}Feature.cs");
        }
    }

    private static bool IsFeature(string name) =>
        name.StartsWith("FireMap.Api.", StringComparison.Ordinal)
        && !_plumbing.Contains(name) && !_components.Contains(name)
        && name.Split('.')[2] is not ("Health" or "Web");
}
