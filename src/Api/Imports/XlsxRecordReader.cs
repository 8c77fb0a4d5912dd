using System.Globalization;
using FireMap.Spatial.Interchange;
using MiniExcelLibs;

namespace FireMap.Api.Imports;

/// <summary>Reads the first sheet of an XLSX workbook, header in the first row, as CSV rows are read.</summary>
internal static class XlsxRecordReader
{
    public static async Task<SourceData> ReadSourceAsync(Stream stream, string layer, CancellationToken cancellationToken)
    {
        // The XLSX reader needs to seek; an upload stream may not.
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        buffer.Position = 0;
        List<IDictionary<string, object?>> rows;
        try
        {
            rows = [.. (await MiniExcel.QueryAsync(buffer, useHeaderRow: true, cancellationToken: cancellationToken))
                .Cast<IDictionary<string, object?>>()];
        }
        catch (Exception e) when (e is InvalidDataException or InvalidOperationException or System.Xml.XmlException or IOException or FormatException)
        {
            throw ImportRejection.At(layer, 0, null, "not a readable XLSX workbook (an Excel 2007+ file with a header row)");
        }

        var records = new List<ImportRecord>(rows.Count);
        var names = rows.FirstOrDefault()?.Keys.Where(k => !string.IsNullOrWhiteSpace(k)).ToList() ?? [];
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (row.Values.All(v => v is null || (v is string text && string.IsNullOrWhiteSpace(text))))
            {
                continue;
            }

            var values = names.ToDictionary(name => name, name => AsText(row[name]), StringComparer.Ordinal);
            records.Add(new ImportRecord(records.Count + 1, values, null));
        }

        return new SourceData("xlsx", records, names, null, null, []);
    }

    private static string? AsText(object? value) => value switch
    {
        null => null,
        string text => text,
        bool flag => flag ? "true" : "false",
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        DateTime date when date.TimeOfDay == TimeSpan.Zero => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime date => date.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
