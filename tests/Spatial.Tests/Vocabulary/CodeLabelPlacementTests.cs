using FireMap.Spatial.Tests.Geocoding.Support;
using FireMap.Spatial.Vocabulary;

namespace FireMap.Spatial.Tests.Vocabulary;

/// <summary>
/// The Chinese labels of codes are written once, in <c>src/Spatial/Vocabulary/Codes.cs</c>. Geocoding is
/// left out: its Chinese words (小区, 支路, ...) are address words the parser looks for, not code labels.
/// </summary>
public sealed class CodeLabelPlacementTests
{
    [Fact]
    public void Codes_chinese_labels_absent_from_spatial_sources_outside_vocabulary()
    {
        var labels = Codes.All.SelectMany(list => list.Terms).Select(t => t.Chinese).ToHashSet(StringComparer.Ordinal);
        var spatial = Path.Combine(RepositoryPaths.Root, "src", "Spatial");
        var skipped = new[] { Path.Combine(spatial, "Vocabulary"), Path.Combine(spatial, "Geocoding"), Path.Combine(spatial, "bin"), Path.Combine(spatial, "obj") };

        var found = Directory.EnumerateFiles(spatial, "*.cs", SearchOption.AllDirectories)
            .Where(file => !skipped.Any(dir => file.StartsWith(dir + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, number: i + 1)))
            .SelectMany(x => ChineseRuns(x.line).Where(labels.Contains).Select(label => $"{Path.GetRelativePath(spatial, x.file)}:{x.number}: {label}"))
            .ToList();

        Assert.Empty(found);
    }

    // Maximal runs of Chinese characters (and full-width brackets, which some labels contain).
    private static IEnumerable<string> ChineseRuns(string line)
    {
        var start = -1;
        for (var i = 0; i <= line.Length; i++)
        {
            var chinese = i < line.Length && (line[i] is >= '\u4e00' and <= '\u9fff' or '（' or '）');
            if (chinese && start < 0)
            {
                start = i;
            }
            else if (!chinese && start >= 0)
            {
                yield return line[start..i];
                start = -1;
            }
        }
    }
}
