using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using FireMap.Api.Security;
using NetTopologySuite.Geometries;

namespace FireMap.Api.Imports;

/// <summary>Reads a CSV file with a header row into <see cref="ImportRecord"/>s; <c>lon</c>/<c>lat</c> columns become a point.</summary>
public static class CsvRecordReader
{
    private static readonly GeometryFactory _factory = new(new PrecisionModel(), 4326);

    public static Task<IReadOnlyList<ImportRecord>> ReadAsync(Stream stream, string layer, CancellationToken cancellationToken) =>
        ReadAsync(stream, layer, placePoints: true, cancellationToken);

    /// <summary>The rows with the file's own column names; <c>lon</c>/<c>lat</c> are placed after mapping.</summary>
    public static async Task<SourceData> ReadSourceAsync(Stream stream, string layer, CancellationToken cancellationToken)
    {
        var records = await ReadAsync(stream, layer, placePoints: false, cancellationToken);
        var names = records.SelectMany(r => r.Values.Keys).Distinct().ToList();
        return new SourceData("csv", records, names, null, null, []);
    }

    private static async Task<IReadOnlyList<ImportRecord>> ReadAsync(Stream stream, string layer, bool placePoints, CancellationToken cancellationToken)
    {
        try
        {
            return await ReadRecordsAsync(stream, layer, placePoints, cancellationToken);
        }
        catch (DecoderFallbackException)
        {
            // A GBK (or other non-UTF-8) file decoded anyway would be stored garbled; refuse it instead.
            throw ImportRejection.At(layer, 0, null,
                "the file is not UTF-8 text (a GBK/GB18030 file, or not a text file at all); save it as UTF-8 CSV and import it again");
        }
        catch (CsvHelperException e)
        {
            var row = e.Context?.Parser?.Row ?? 0;
            throw ImportRejection.At(layer, Math.Max(0, row - 1), null, "the CSV text is malformed (a quote that does not close, or a broken row)");
        }
    }

    private static async Task<IReadOnlyList<ImportRecord>> ReadRecordsAsync(Stream stream, string layer, bool placePoints, CancellationToken cancellationToken)
    {
        using var text = new StreamReader(stream, TextInput.StrictUtf8, detectEncodingFromByteOrderMarks: false);
        using var csv = new CsvReader(text, new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim });
        if (!await csv.ReadAsync() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header)
        {
            throw ImportRejection.At(layer, 0, null, "the CSV file has no header row");
        }

        // The decoder is told nothing of byte order marks (detection would fall back to a lenient
        // decoder), so a UTF-8 BOM arrives as the first header's first character.
        header = [.. header.Select((name, i) => i == 0 ? name.TrimStart('\uFEFF') : name)];
        if (header.FirstOrDefault(name => TextInput.FindProblem(name) is not null) is { } bad)
        {
            throw ImportRejection.At(layer, 0, null, $"the header row {TextInput.FindProblem(bad)}; is this a CSV file?");
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

            records.Add(new ImportRecord(number, values, placePoints ? ReadPoint(values, layer, number) : null));
        }

        return records;
    }

    /// <summary>The point of a row's <c>lon</c>/<c>lat</c> values (in the file's system), or null when both are empty.</summary>
    public static Point? ReadPoint(IReadOnlyDictionary<string, string?> values, string layer, int number)
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
