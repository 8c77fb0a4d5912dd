using System.Text.RegularExpressions;
using FireMap.Spatial.Tests.Geocoding.Support;

namespace FireMap.Spatial.Tests.Architecture;

/// <summary>The namespaces of src/Spatial depend on each other without cycles, and the vocabulary on none of them.</summary>
public sealed partial class NamespaceDependencyTests
{
    private static readonly Lazy<Dictionary<string, HashSet<string>>> _graph = new(ReadGraph);

    [Fact]
    public void Spatial_namespace_dependencies_have_no_cycle()
    {
        var graph = _graph.Value;
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var path = new List<string>();

        foreach (var name in graph.Keys)
        {
            var cycle = Visit(name, graph, state, path);
            Assert.True(cycle is null, $"namespace cycle: {cycle}");
        }
    }

    [Fact]
    public void Vocabulary_namespace_depends_on_no_other_spatial_namespace()
    {
        Assert.Empty(_graph.Value.GetValueOrDefault("FireMap.Spatial.Vocabulary", []));
    }

    [Fact]
    public void Risk_inputs_namespace_depends_on_vocabulary_only()
    {
        Assert.All(_graph.Value.GetValueOrDefault("FireMap.Spatial.Risk.Inputs", []), dependency => Assert.Equal("FireMap.Spatial.Vocabulary", dependency));
    }

    // Depth-first search; returns the cycle as "A -> B -> A", or null.
    private static string? Visit(string name, Dictionary<string, HashSet<string>> graph, Dictionary<string, int> state, List<string> path)
    {
        switch (state.GetValueOrDefault(name))
        {
            case 1:
                return string.Join(" -> ", path.SkipWhile(n => n != name).Append(name));
            case 2:
                return null;
        }

        state[name] = 1;
        path.Add(name);
        foreach (var next in graph.GetValueOrDefault(name, []))
        {
            if (Visit(next, graph, state, path) is { } cycle)
            {
                return cycle;
            }
        }

        path.RemoveAt(path.Count - 1);
        state[name] = 2;
        return null;
    }

    private static Dictionary<string, HashSet<string>> ReadGraph()
    {
        var spatial = Path.Combine(RepositoryPaths.Root, "src", "Spatial");
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(spatial, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(spatial, file);
            if (relative.StartsWith("obj", StringComparison.Ordinal) || relative.StartsWith("bin", StringComparison.Ordinal))
            {
                continue;
            }

            var text = File.ReadAllText(file);
            var own = NamespaceLine().Match(text).Groups[1].Value;
            var edges = graph.TryGetValue(own, out var set) ? set : graph[own] = new(StringComparer.Ordinal);
            foreach (Match match in UsingLine().Matches(text))
            {
                if (match.Groups[1].Value != own)
                {
                    edges.Add(match.Groups[1].Value);
                }
            }
        }

        Assert.True(graph.Count > 5, "src/Spatial not found or empty");
        return graph;
    }

    [GeneratedRegex(@"^namespace ([\w\.]+);", RegexOptions.Multiline)]
    private static partial Regex NamespaceLine();

    [GeneratedRegex(@"^using (FireMap\.Spatial[\w\.]*);", RegexOptions.Multiline)]
    private static partial Regex UsingLine();
}
