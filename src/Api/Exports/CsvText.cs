using System.Globalization;
using CsvHelper;

namespace FireMap.Api.Exports;

/// <summary>Writes rows as RFC 4180 CSV text.</summary>
public static class CsvText
{
    public static string Write(IEnumerable<string[]> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            foreach (var row in rows)
            {
                foreach (var field in row)
                {
                    csv.WriteField(field);
                }

                csv.NextRecord();
            }
        }

        return text.ToString();
    }
}
