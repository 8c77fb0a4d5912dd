using System.Text;

namespace FireMap.Spatial.Tests.Geocoding.Support;

/// <summary>A minimal reader of comma-separated files with double-quoted fields, header row skipped.</summary>
public static class CsvRows
{
    public static IEnumerable<string[]> Read(string path) => File.ReadLines(path, Encoding.UTF8).Skip(1).Where(l => l.Length > 0).Select(Split);

    private static string[] Split(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') { quoted = false; }
                else { field.Append(c); }
            }
            else if (c == '"') { quoted = true; }
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else { field.Append(c); }
        }

        fields.Add(field.ToString());
        return [.. fields];
    }
}
