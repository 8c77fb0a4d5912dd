using System.Data;
using System.Globalization;

namespace FireMap.Api.Exports;

/// <summary>Sheets of XLSX exports: typed tables and valid, unique sheet names.</summary>
public static class XlsxSheets
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>A sheet with <paramref name="header"/> even without rows; cells keep their types (dates, numbers).</summary>
    public static DataTable Table(IReadOnlyList<string> header, IEnumerable<object?[]> rows)
    {
        var sheet = new DataTable { Locale = CultureInfo.InvariantCulture };
        foreach (var column in header)
        {
            sheet.Columns.Add(column, typeof(object));
        }

        foreach (var row in rows)
        {
            sheet.Rows.Add([.. row.Select(value => value ?? DBNull.Value)]);
        }

        return sheet;
    }

    /// <summary><paramref name="name"/> as an Excel sheet name (at most 31 characters, none of : \ / ? * [ ]), unique among <paramref name="taken"/>.</summary>
    public static string Name(string name, IReadOnlyDictionary<string, object> taken)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(taken);
        var clean = new string([.. name.Select(ch => ch is ':' or '\\' or '/' or '?' or '*' or '[' or ']' ? '_' : ch)]);
        clean = clean.Length > 28 ? clean[..28] : clean;
        var candidate = clean;
        for (var i = 2; taken.ContainsKey(candidate); i++)
        {
            candidate = $"{clean}-{i}";
        }

        return candidate;
    }
}
