using System.Globalization;
using NetTopologySuite.Geometries;
using Npgsql;

namespace FireMap.Api.Imports;

/// <summary>
/// Where imported geometry may lie: the box configured as <c>FireMap:Import:Area</c>
/// (<c>minLon,minLat,maxLon,maxLat</c>), or else the extent of the communities already loaded
/// widened by <see cref="MarginDegrees"/> on every side. Before any community exists there is no
/// area yet, and the first communities file sets it. A point in another province is a wrong
/// coordinate system or swapped lon/lat far more often than a real record.
/// </summary>
internal sealed class ImportArea
{
    public const string ConfigurationKey = "FireMap:Import:Area";

    /// <summary>About 50 km: generous for a district, tight enough to catch a wrong zone or datum.</summary>
    public const double MarginDegrees = 0.5;

    private readonly Envelope? _configured;
    private Envelope? _current;

    public ImportArea(Envelope? configured) => _configured = _current = configured;

    public static Envelope? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        var numbers = parts.Select(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN).ToArray();
        return numbers.Length == 4 && numbers.All(double.IsFinite) && numbers[0] < numbers[2] && numbers[1] < numbers[3]
            ? new Envelope(numbers[0], numbers[2], numbers[1], numbers[3])
            : throw new InvalidOperationException($"{ConfigurationKey} must be minLon,minLat,maxLon,maxLat in degrees; got '{text}'");
    }

    /// <summary>Reads the communities' extent (inside the import's transaction) unless a box is configured.</summary>
    public async Task RefreshAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        if (_configured is not null)
        {
            return;
        }

        const string Sql = """
            -- The communities' extent, widened: the area the data describes.
            SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e)
            FROM (SELECT ST_Extent(geom) AS e FROM communities) AS extent
            WHERE e IS NOT NULL
            """;
        await using var command = new NpgsqlCommand(Sql, connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        _current = await reader.ReadAsync(cancellationToken)
            ? new Envelope(reader.GetDouble(0) - MarginDegrees, reader.GetDouble(2) + MarginDegrees,
                reader.GetDouble(1) - MarginDegrees, reader.GetDouble(3) + MarginDegrees)
            : null;
    }

    /// <summary>Why the geometry lies outside the area, with a hint of the likely system, or null when it is inside (or there is no area yet).</summary>
    public string? FindProblem(Geometry geometry) =>
        _current is { } area && !area.Covers(geometry.EnvelopeInternal)
            ? string.Create(CultureInfo.InvariantCulture,
                $"lies outside the service's area (lon {area.MinX:0.###}…{area.MaxX:0.###}, lat {area.MinY:0.###}…{area.MaxY:0.###}); {Hint(area, geometry.EnvelopeInternal)}")
            : null;

    // What the coordinates would have to be for the data to fall inside the area.
    private static string Hint(Envelope area, Envelope box)
    {
        var centre = box.Centre;
        if (area.Contains(centre.Y, centre.X))
        {
            return "lon and lat look swapped: positions are [lon, lat], easting first";
        }

        foreach (var system in new[] { FireMap.Spatial.Geodesy.WebMapSystem.Gcj02, FireMap.Spatial.Geodesy.WebMapSystem.Bd09 })
        {
            var (lon, lat) = FireMap.Spatial.Geodesy.WebMapOffset.ToWgs84(system, centre.X, centre.Y);
            if (area.Contains(lon, lat))
            {
                return $"these look like {(system == FireMap.Spatial.Geodesy.WebMapSystem.Gcj02 ? "GCJ-02 (Amap)" : "BD-09 (Baidu)")} positions; import with crs={(system == FireMap.Spatial.Geodesy.WebMapSystem.Gcj02 ? "GCJ-02" : "BD-09")}";
            }
        }

        return Math.Abs(centre.X) > 180 || Math.Abs(centre.Y) > 90
            ? "these look like projected metres (a Gauss-Krüger zone?); import with crs=EPSG:nnnn, e.g. EPSG:4544 for CGCS2000 3° zone CM 105E"
            : $"check the coordinate system (crs=EPSG:nnnn, GCJ-02 or BD-09), or set {ConfigurationKey}";
    }
}
