using System.Globalization;
using CsvHelper;
using FireMap.Api.Security;

namespace FireMap.Api.Exports;

/// <summary>
/// Writes rows as RFC 4180 CSV text: the one CSV writer of every export. A cell a spreadsheet
/// would run as a formula (it starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR) gets a
/// leading single quote, as OWASP advises; plain numbers (<c>-3.5</c>) stay numbers.
/// </summary>
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
                    csv.WriteField(Neutralise(field));
                }

                csv.NextRecord();
            }
        }

        return text.ToString();
    }

    /// <summary>The cell as a spreadsheet should show it: never a formula.</summary>
    public static string? Neutralise(string? field) =>
        field is not null && TextInput.StartsLikeFormula(field) && !IsNumber(field) ? "'" + field : field;

    private static bool IsNumber(string field) =>
        double.TryParse(field, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture, out _);
}
