using System.Text.RegularExpressions;
using FireMap.TestHost;

namespace FireMap.Api.Tests.Architecture;

/// <summary>Which namespace of src/ uses which, read from the <c>namespace</c> and <c>using</c> lines of every source file.</summary>
public sealed partial class NamespaceGraph
{
    private NamespaceGraph(Dictionary<string, HashSet<string>> uses) => Uses = uses;

    public static NamespaceGraph Source { get; } = Read(Path.Combine(RepositoryRoot.Find(), "src"));

    /// <summary>Namespace → every namespace (any library's too) its files import.</summary>
    public IReadOnlyDictionary<string, HashSet<string>> Uses { get; }

    public IEnumerable<string> FireMapUsesOf(string name) =>
        Uses.GetValueOrDefault(name, []).Where(n => n.StartsWith("FireMap.", StringComparison.Ordinal) && n != name);

    /// <summary>One cycle among FireMap namespaces as "A -> B -> A", or null when there is none.</summary>
    public string? FindCycle()
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var path = new List<string>();
        return Uses.Keys.Select(name => Visit(name, state, path)).FirstOrDefault(cycle => cycle is not null);
    }

    private string? Visit(string name, Dictionary<string, int> state, List<string> path)
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
        foreach (var next in FireMapUsesOf(name))
        {
            if (Visit(next, state, path) is { } cycle)
            {
                return cycle;
            }
        }

        path.RemoveAt(path.Count - 1);
        state[name] = 2;
        return null;
    }

    private static NamespaceGraph Read(string source)
    {
        var uses = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories))
        {
            var parts = Path.GetRelativePath(source, file).Split(Path.DirectorySeparatorChar);
            if (parts.Contains("bin") || parts.Contains("obj"))
            {
                continue;
            }

            var text = File.ReadAllText(file);
            if (NamespaceLine().Match(text) is not { Success: true } own)
            {
                continue;
            }

            var edges = uses.TryGetValue(own.Groups[1].Value, out var set) ? set : uses[own.Groups[1].Value] = new(StringComparer.Ordinal);
            foreach (Match match in UsingLine().Matches(text))
            {
                edges.Add(match.Groups[1].Value);
            }
        }

        return new NamespaceGraph(uses);
    }

    [GeneratedRegex(@"^namespace ([\w\.]+);", RegexOptions.Multiline)]
    private static partial Regex NamespaceLine();

    [GeneratedRegex(@"^using (?:static )?([\w\.]+);", RegexOptions.Multiline)]
    private static partial Regex UsingLine();
}
