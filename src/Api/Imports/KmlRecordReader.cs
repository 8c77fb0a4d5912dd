using FireMap.Spatial.Interchange;

namespace FireMap.Api.Imports;

/// <summary>Reads a KML file's placemarks (<see cref="Kml"/>) into <see cref="ImportRecord"/>s; KML positions are WGS84.</summary>
public static class KmlRecordReader
{
    /// <summary>Reads every placemark it can; one that cannot be read is an issue, not the end of the file.</summary>
    public static async Task<SourceData> ReadSourceAsync(Stream stream, string layer, CancellationToken cancellationToken)
    {
        // XDocument reads synchronously: the upload is buffered first so no request thread waits on the network.
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        buffer.Position = 0;
        KmlContent content;
        try
        {
            content = Kml.Read(buffer);
        }
        catch (FormatException e)
        {
            throw ImportRejection.At(layer, 0, null, e.Message);
        }

        var records = content.Placemarks.Select(p => new ImportRecord(p.Number, p.Values, p.Geometry)).ToList();
        var issues = content.Problems.Select(p => new ImportIssue(layer, p.Number, "geometry", null, p.Reason)).ToList();
        return new SourceData("kml", records, content.FieldNames, CoordinateSystem.Wgs84, null, issues);
    }
}
