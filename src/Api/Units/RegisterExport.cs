using System.Globalization;
using System.Text;
using FireMap.Api.Exports;
using FireMap.Spatial.Vocabulary;
using MiniExcelLibs;

namespace FireMap.Api.Units;

/// <summary>
/// Writes a register's list as CSV (UTF-8 with BOM, through <see cref="CsvText"/>, which neutralises formulas) or as
/// XLSX (one sheet, typed cells) with the headers of its column list in the chosen language (Chinese by default).
/// </summary>
public static class RegisterExport
{
    public const int MaxRows = 100000;

    public static bool IsFormat(string format) => format is "csv" or "xlsx";

    public static Language LanguageOf(string? lang) => lang == "en" ? Language.English : Language.Chinese;

    public static IResult UnknownFormat(string name) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown format", detail: $"Use {name}.csv or {name}.xlsx.");

    public static async Task<IResult> FileAsync(string format, CodeList columns, Language language, IReadOnlyList<object?[]> rows, string fileName,
        string sheetName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        var header = columns.Codes.Select(code => columns.Label(code, language)).ToArray();
        if (format == "csv")
        {
            var text = CsvText.Write([header, .. rows.Select(row => row.Select(Text).ToArray())]);
            var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();
            return Results.File(bytes, "text/csv; charset=utf-8", $"{fileName}.csv");
        }

        using var stream = new MemoryStream();
        var sheets = new Dictionary<string, object> { [sheetName] = XlsxSheets.Table(header, rows) };
        await stream.SaveAsAsync(sheets, cancellationToken: cancellationToken);
        return Results.File(stream.ToArray(), XlsxSheets.ContentType, $"{fileName}.xlsx");
    }

    /// <summary>A date as an XLSX date cell (CSV: yyyy-MM-dd); null stays empty.</summary>
    public static object? Date(DateOnly? date) => date?.ToDateTime(TimeOnly.MinValue);

    private static string Text(object? value) => value switch
    {
        null => "",
        DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
