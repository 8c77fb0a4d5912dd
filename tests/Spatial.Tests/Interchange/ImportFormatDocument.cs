using System.Text.RegularExpressions;
using FireMap.Spatial.Tests.Geocoding.Support;

namespace FireMap.Spatial.Tests.Interchange;

/// <summary>Reads docs/import-formats.md: the load-order paragraph and one section per layer file.</summary>
public static partial class ImportFormatDocument
{
    public static string Path => System.IO.Path.Combine(RepositoryPaths.Root, "docs", "import-formats.md");

    public static string Read() => File.ReadAllText(Path);

    /// <summary>The layer names of the sentence "Files are loaded in this order ...: a, b, c."</summary>
    public static IReadOnlyList<string> LoadOrder(string markdown)
    {
        var match = LoadOrderSentence().Match(markdown);
        Assert.True(match.Success, "the document states the load order (\"Files are loaded in this order ...: a, b, c.\")");
        return Regex.Split(match.Groups[1].Value, @",\s*").Select(name => name.Trim()).ToList();
    }

    /// <summary>Every <c>## file — ...</c> section with its table rows; a row naming several fields ("lon, lat") gives one per name.</summary>
    public static IReadOnlyList<DocumentedLayer> Layers(string markdown)
    {
        var layers = new List<DocumentedLayer>();
        foreach (var section in Regex.Split(markdown, @"^## ", RegexOptions.Multiline).Skip(1))
        {
            var lines = section.Split('\n');
            var heading = lines[0].Trim();
            var fields = new List<DocumentedField>();
            foreach (var line in lines.Skip(1).Where(l => l.StartsWith('|')))
            {
                var cells = line.Trim().Trim('|').Split('|').Select(cell => cell.Trim()).ToArray();
                if (cells.Length < 4 || cells[0] == "field" || cells[0].StartsWith("---", StringComparison.Ordinal))
                {
                    continue;
                }

                var meaning = string.Join("|", cells[3..]);
                fields.AddRange(cells[0].Split(',').Select(name => new DocumentedField(name.Trim(), cells[1], cells[2], meaning)));
            }

            layers.Add(new DocumentedLayer(heading.Split(' ')[0], heading, fields, section));
        }

        return layers;
    }

    /// <summary>The codes written in backticks in <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<string> Codes(string text) =>
        CodeInBackticks().Matches(text).Select(match => match.Groups[1].Value).ToList();

    /// <summary>Each backticked code that is followed by a Chinese label ("`hotel` 宾馆"), with that label.</summary>
    public static IReadOnlyList<(string Code, string Label)> Labels(string text) =>
        CodeWithLabel().Matches(text).Select(match => (match.Groups[1].Value, match.Groups[2].Value)).ToList();

    [GeneratedRegex(@"Files are loaded in this order[^:]*:\s*([^.]+)\.")]
    private static partial Regex LoadOrderSentence();

    [GeneratedRegex(@"`([a-z][a-z0-9_]*)`")]
    private static partial Regex CodeInBackticks();

    [GeneratedRegex(@"`([a-z][a-z0-9_]*)` ([\p{IsCJKUnifiedIdeographs}（）]+)")]
    private static partial Regex CodeWithLabel();
}
