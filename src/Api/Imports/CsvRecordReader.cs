using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using NetTopologySuite.Geometries;

namespace FireMap.Api.Imports;

/// <summary>Reads a CSV file with a header row into <see cref="ImportRecord"/>s; <c>lon</c>/<c>lat</c> columns become a point.</summary>
public static class CsvRecordReader
{
    private static readonly GeometryFactory _factory = new(new PrecisionModel(), 4326);

    public static async Task<IReadOnlyList<ImportRecord>> ReadAsync(Stream stream, string layer, CancellationToken cancellationToken)
    {
        using var text = new StreamReader(stream, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(text, new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim });
        if (!await csv.ReadAsync() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header)
        {
            throw ImportRejection.At(layer, 0, null, "the CSV file has no header row");
        }

        var records = new List<ImportRecord>();
        while (await csv.ReadAsync())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var number = records.Count + 1;
            var values = new Dictionary<string, string?>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                values[header[i]] = csv.TryGetField<string>(i, out var field) ? field : null;
            }

            records.Add(new ImportRecord(number, values, ReadPoint(values, layer, number)));
        }

        return records;
    }

    private static Point? ReadPoint(Dictionary<string, string?> values, string layer, int number)
    {
        values.TryGetValue("lon", out var lon);
        values.TryGetValue("lat", out var lat);
        if (string.IsNullOrWhiteSpace(lon) && string.IsNullOrWhiteSpace(lat))
        {
            return null;
        }

        if (!double.TryParse(lon, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) ||
            !double.TryParse(lat, NumberStyles.Float, CultureInfo.InvariantCulture, out var y))
        {
            throw ImportRejection.At(layer, number, "lon/lat", $"'{lon}', '{lat}' is not a pair of decimal degrees");
        }

        return _factory.CreatePoint(new Coordinate(x, y));
    }
}
