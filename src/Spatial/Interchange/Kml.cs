using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using NetTopologySuite.Geometries;

namespace FireMap.Spatial.Interchange;

/// <summary>
/// KML 2.2 as Google Earth, Amap and GIS desktops exchange it, the part a layer needs: Placemarks
/// (in any Document or Folder) with a Point, LineString, Polygon or MultiGeometry, and their
/// attributes as <c>ExtendedData/Data</c> (or <c>SchemaData/SimpleData</c>). KML positions are
/// always WGS84 longitude, latitude.
/// </summary>
public static class Kml
{
    /// <summary>The KML 2.2 namespace.</summary>
    public const string Namespace = "http://www.opengis.net/kml/2.2";

    /// <summary>The media type of a KML file.</summary>
    public const string ContentType = "application/vnd.google-earth.kml+xml";

    private static readonly XNamespace _kml = Namespace;

    private static readonly GeometryFactory _factory = new(new PrecisionModel(), 4326);

    /// <summary>
    /// A KML document of placemarks: each row's non-null values as <c>ExtendedData</c> under the
    /// field names, its geometry (none for a row without one), and a <c>name</c> for display.
    /// </summary>
    /// <param name="documentName">The document's name (the layer's).</param>
    /// <param name="fieldNames">The names of the values of each row, in order.</param>
    /// <param name="rows">Values and WGS84 geometry of each placemark.</param>
    /// <param name="displayField">The field whose value names a placemark on a map, or null.</param>
    public static byte[] Write(string documentName, IReadOnlyList<string> fieldNames, IEnumerable<(string?[] Values, NetTopologySuite.Geometries.Geometry? Geometry)> rows,
        string? displayField = null)
    {
        ArgumentNullException.ThrowIfNull(fieldNames);
        ArgumentNullException.ThrowIfNull(rows);
        var display = displayField is null ? -1 : fieldNames.ToList().IndexOf(displayField);
        var document = new XElement(_kml + "Document", new XElement(_kml + "name", documentName));
        foreach (var (values, geometry) in rows)
        {
            var placemark = new XElement(_kml + "Placemark");
            if (display >= 0 && values[display] is { } title)
            {
                placemark.Add(new XElement(_kml + "name", title));
            }

            var data = new XElement(_kml + "ExtendedData");
            for (var i = 0; i < fieldNames.Count; i++)
            {
                if (values[i] is { } value)
                {
                    data.Add(new XElement(_kml + "Data", new XAttribute("name", fieldNames[i]), new XElement(_kml + "value", value)));
                }
            }

            placemark.Add(data);
            if (geometry is not null && !geometry.IsEmpty)
            {
                placemark.Add(GeometryElement(geometry));
            }

            document.Add(placemark);
        }

        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            new XDocument(new XDeclaration("1.0", "UTF-8", null), new XElement(_kml + "kml", document)).Save(writer);
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// Reads every placemark. A placemark that cannot be read is a problem of that placemark (its
    /// 1-based number and reason), not the end of the file; a file that is not KML raises
    /// <see cref="FormatException"/>. DTDs and external entities are refused.
    /// </summary>
    /// <param name="stream">The KML file (UTF-8 or as its declaration says).</param>
    public static KmlContent Read(Stream stream)
    {
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            document = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            throw new FormatException($"not well-formed XML (line {e.LineNumber}, position {e.LinePosition})", e);
        }

        if (document.Root?.Name.LocalName != "kml")
        {
            throw new FormatException("not a KML document (its root element is not <kml>)");
        }

        var records = new List<KmlPlacemark>();
        var problems = new List<(int Number, string Reason)>();
        var fieldNames = new List<string>();
        var number = 0;
        foreach (var placemark in document.Root.Descendants().Where(e => e.Name.LocalName == "Placemark"))
        {
            number++;
            var values = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var data in placemark.Elements().Where(e => e.Name.LocalName == "ExtendedData").Elements())
            {
                if (data.Name.LocalName == "Data" && data.Attribute("name")?.Value is { } name)
                {
                    values[name] = Child(data, "value")?.Value;
                }
                else if (data.Name.LocalName == "SchemaData")
                {
                    foreach (var simple in data.Elements().Where(e => e.Name.LocalName == "SimpleData"))
                    {
                        if (simple.Attribute("name")?.Value is { } simpleName)
                        {
                            values[simpleName] = simple.Value;
                        }
                    }
                }
            }

            // A placemark's own name and description count as fields where its data do not give them.
            foreach (var own in new[] { "name", "description" })
            {
                if (!values.ContainsKey(own) && Child(placemark, own) is { } element)
                {
                    values[own] = element.Value;
                }
            }

            foreach (var name in values.Keys.Where(name => !fieldNames.Contains(name)))
            {
                fieldNames.Add(name);
            }

            try
            {
                var geometryElement = placemark.Elements().FirstOrDefault(e => e.Name.LocalName is "Point" or "LineString" or "Polygon" or "MultiGeometry");
                records.Add(new KmlPlacemark(number, values, geometryElement is null ? null : ReadGeometry(geometryElement)));
            }
            catch (FormatException e)
            {
                problems.Add((number, e.Message));
            }
        }

        return new KmlContent(records, fieldNames, problems);
    }

    private static XElement GeometryElement(NetTopologySuite.Geometries.Geometry geometry) => geometry switch
    {
        Point point => new XElement(_kml + "Point", Coordinates(point.CoordinateSequence)),
        LineString line => new XElement(_kml + "LineString", Coordinates(line.CoordinateSequence)),
        Polygon polygon => new XElement(_kml + "Polygon",
            new XElement(_kml + "outerBoundaryIs", Ring(polygon.ExteriorRing)),
            polygon.InteriorRings.Select(ring => new XElement(_kml + "innerBoundaryIs", Ring(ring)))),
        GeometryCollection collection => new XElement(_kml + "MultiGeometry", collection.Geometries.Select(GeometryElement)),
        _ => throw new ArgumentException($"KML has no {geometry.GeometryType}", nameof(geometry)),
    };

    private static XElement Ring(LineString ring) => new(_kml + "LinearRing", Coordinates(ring.CoordinateSequence));

    // "R" keeps every bit of a double, so a file read back gives the positions it was written from.
    private static XElement Coordinates(CoordinateSequence sequence) =>
        new(_kml + "coordinates", string.Join(' ', Enumerable.Range(0, sequence.Count).Select(i =>
            string.Create(CultureInfo.InvariantCulture, $"{sequence.GetX(i):R},{sequence.GetY(i):R}"))));

    private static NetTopologySuite.Geometries.Geometry ReadGeometry(XElement element) => element.Name.LocalName switch
    {
        "Point" => _factory.CreatePoint(ReadCoordinates(element, 1)[0]),
        "LineString" => _factory.CreateLineString(ReadCoordinates(element, 2)),
        "Polygon" => _factory.CreatePolygon(
            ReadRing(Child(element, "outerBoundaryIs") ?? throw new FormatException("a Polygon without outerBoundaryIs")),
            [.. element.Elements().Where(e => e.Name.LocalName == "innerBoundaryIs").Select(ReadRing)]),
        "MultiGeometry" => Collect([.. element.Elements()
            .Where(e => e.Name.LocalName is "Point" or "LineString" or "Polygon" or "MultiGeometry").Select(ReadGeometry)]),
        _ => throw new FormatException($"<{element.Name.LocalName}> is not a geometry FireMap reads"),
    };

    private static LinearRing ReadRing(XElement boundary)
    {
        var ring = Child(boundary, "LinearRing") ?? throw new FormatException("a polygon boundary without LinearRing");
        var coordinates = ReadCoordinates(ring, 4);
        if (!coordinates[0].Equals2D(coordinates[^1]))
        {
            throw new FormatException("a LinearRing whose last position is not its first");
        }

        return _factory.CreateLinearRing(coordinates);
    }

    private static NetTopologySuite.Geometries.Geometry Collect(NetTopologySuite.Geometries.Geometry[] parts) => parts switch
    {
        [] => throw new FormatException("an empty MultiGeometry"),
        _ when parts.All(p => p is Point) => _factory.CreateMultiPoint([.. parts.Cast<Point>()]),
        _ when parts.All(p => p is LineString) => _factory.CreateMultiLineString([.. parts.Cast<LineString>()]),
        _ when parts.All(p => p is Polygon) => _factory.CreateMultiPolygon([.. parts.Cast<Polygon>()]),
        _ => _factory.CreateGeometryCollection(parts),
    };

    private static Coordinate[] ReadCoordinates(XElement geometry, int least)
    {
        var text = Child(geometry, "coordinates")?.Value ?? throw new FormatException($"a {geometry.Name.LocalName} without coordinates");
        var tuples = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (tuples.Length < least)
        {
            throw new FormatException($"a {geometry.Name.LocalName} needs at least {least} position(s)");
        }

        return [.. tuples.Select(tuple =>
        {
            var parts = tuple.Split(',');
            return parts.Length is 2 or 3
                && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
                && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
                && double.IsFinite(lon) && double.IsFinite(lat)
                ? new Coordinate(lon, lat)
                : throw new FormatException($"'{(tuple.Length > 40 ? tuple[..40] + "…" : tuple)}' is not lon,lat[,alt]");
        })];
    }

    private static XElement? Child(XElement parent, string localName) => parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName);
}

/// <summary>What a KML file holds: its placemarks, the attribute names in order of appearance, and the placemarks that could not be read.</summary>
/// <param name="Placemarks">The placemarks read.</param>
/// <param name="FieldNames">Attribute names, in the order they first appear.</param>
/// <param name="Problems">Placemarks (1-based) that could not be read, each with its reason.</param>
public sealed record KmlContent(IReadOnlyList<KmlPlacemark> Placemarks, IReadOnlyList<string> FieldNames, IReadOnlyList<(int Number, string Reason)> Problems);

/// <summary>One placemark: its 1-based number in the file, its attributes as text, and its WGS84 geometry, if any.</summary>
public sealed record KmlPlacemark(int Number, IReadOnlyDictionary<string, string?> Values, NetTopologySuite.Geometries.Geometry? Geometry);
