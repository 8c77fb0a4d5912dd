using System.Text;
using FireMap.TestHost;

namespace FireMap.Api.Tests.Docs;

/// <summary>
/// One operation of a ```graphql block in README.md or docs/*.md. A block whose first line is
/// <see cref="ChangesDataMarker"/> holds examples that change data: they are checked against the
/// schema but not run.
/// </summary>
public sealed record DocumentedExample(string File, int Line, string Text, bool ChangesData)
{
    public const string ChangesDataMarker = "# changes data: checked against the schema, not run";

    public override string ToString() => $"{File}:{Line}";

    /// <summary>Every operation of every graphql block in README.md and docs/*.md.</summary>
    public static IReadOnlyList<DocumentedExample> All()
    {
        var root = RepositoryRoot.Find();
        var files = new[] { Path.Combine(root, "README.md") }
            .Concat(Directory.GetFiles(Path.Combine(root, "docs"), "*.md").Order(StringComparer.Ordinal));
        return [.. files.SelectMany(file => InFile(Path.GetRelativePath(root, file), System.IO.File.ReadAllLines(file)))];
    }

    private static IEnumerable<DocumentedExample> InFile(string file, string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() != "```graphql")
            {
                continue;
            }

            var start = i + 1;
            var end = start;
            while (end < lines.Length && lines[end].Trim() != "```")
            {
                end++;
            }

            var block = lines[start..end];
            var changesData = block.Length > 0 && block[0].Trim() == ChangesDataMarker;
            foreach (var (offset, text) in Operations(block))
            {
                yield return new DocumentedExample(file, start + offset + 1, text, changesData);
            }

            i = end;
        }
    }

    /// <summary>Splits a block into its top-level operations by balancing braces outside strings and comments.</summary>
    private static IEnumerable<(int Line, string Text)> Operations(string[] block)
    {
        var text = new StringBuilder();
        var depth = 0;
        var first = -1;
        for (var line = 0; line < block.Length; line++)
        {
            var inString = false;
            foreach (var c in block[line])
            {
                if (!inString && c == '#')
                {
                    break;
                }

                if (c == '"')
                {
                    inString = !inString;
                }
                else if (!inString && c == '{')
                {
                    depth++;
                }
                else if (!inString && c == '}')
                {
                    depth--;
                }
            }

            var content = block[line].Split('#')[0];
            if (first < 0 && content.Trim().Length == 0)
            {
                continue;
            }

            first = first < 0 ? line : first;
            text.AppendLine(block[line]);
            if (depth == 0 && text.ToString().Contains('{', StringComparison.Ordinal))
            {
                yield return (first, text.ToString());
                text.Clear();
                first = -1;
            }
        }
    }
}
