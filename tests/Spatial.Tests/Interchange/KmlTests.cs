using System.Text;
using FireMap.Spatial.Interchange;
using NetTopologySuite.Geometries;

namespace FireMap.Spatial.Tests.Interchange;

/// <summary>KML as other tools write it reads into placemarks; what FireMap writes reads back to the same values and positions.</summary>
public sealed class KmlTests
{
    private static readonly GeometryFactory _factory = new(new PrecisionModel(), 4326);

    [Fact]
    public void Written_placemarks_read_back_with_their_values_and_exact_positions()
    {
        var shell = _factory.CreateLinearRing([new(106.1, 29.1), new(106.2, 29.1), new(106.2, 29.2), new(106.1, 29.2), new(106.1, 29.1)]);
        var hole = _factory.CreateLinearRing([new(106.12, 29.12), new(106.13, 29.12), new(106.13, 29.13), new(106.12, 29.12)]);
        var area = _factory.CreateMultiPolygon([_factory.CreatePolygon(shell, [hole])]);
        var point = _factory.CreatePoint(new Coordinate(106.48123456789012, 29.4809876543));
        var bytes = Kml.Write("places", ["code", "name", "note"], [(["P-1", "跃进村小学 <&>", null], area), (["P-2", null, "无"], point)], "name");

        var content = Kml.Read(new MemoryStream(bytes));

        Assert.Empty(content.Problems);
        Assert.Equal(["code", "name", "note"], content.FieldNames.Order());
        Assert.Equal("跃进村小学 <&>", content.Placemarks[0].Values["name"]);
        Assert.False(content.Placemarks[0].Values.ContainsKey("note"));
        Assert.True(area.EqualsExact(content.Placemarks[0].Geometry));
        Assert.True(point.EqualsExact(content.Placemarks[1].Geometry));
        Assert.Contains("跃进村小学", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Foreign_kml_reads_schema_data_and_own_names_and_reports_each_broken_placemark()
    {
        const string Text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <kml xmlns="http://www.opengis.net/kml/2.2"><Document><Folder>
              <Placemark><name>一号站</name><ExtendedData><SchemaData schemaUrl="#s"><SimpleData name="ID">7</SimpleData></SchemaData></ExtendedData>
                <Point><coordinates>106.5,29.5,0</coordinates></Point></Placemark>
              <Placemark><name>坏的</name><LineString><coordinates>106.5,north</coordinates></LineString></Placemark>
              <Placemark><MultiGeometry><Point><coordinates>1,2</coordinates></Point><Point><coordinates>3,4</coordinates></Point></MultiGeometry></Placemark>
            </Folder></Document></kml>
            """;

        var content = Kml.Read(new MemoryStream(Encoding.UTF8.GetBytes(Text)));

        Assert.Equal(2, content.Placemarks.Count);
        Assert.Equal(("7", "一号站"), (content.Placemarks[0].Values["ID"], content.Placemarks[0].Values["name"]));
        Assert.Equal(new Coordinate(106.5, 29.5), content.Placemarks[0].Geometry!.Coordinate);
        Assert.IsType<MultiPoint>(content.Placemarks[1].Geometry);
        Assert.Equal(2, Assert.Single(content.Problems).Number);
    }

    [Fact]
    public void A_document_type_declaration_or_another_root_is_refused()
    {
        const string Entity = """<?xml version="1.0"?><!DOCTYPE kml [<!ENTITY x SYSTEM "file:///etc/passwd">]><kml>&x;</kml>""";
        Assert.Throws<FormatException>(() => Kml.Read(new MemoryStream(Encoding.UTF8.GetBytes(Entity))));
        Assert.Throws<FormatException>(() => Kml.Read(new MemoryStream(Encoding.UTF8.GetBytes("<gpx/>"))));
    }
}
