using FireMap.DemoData.Geometry;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace FireMap.DemoData.Validation;

/// <summary>
/// Geometric promises, checked in local metres after reading the WGS84 files back: areas tile,
/// footprints sit in their compounds without overlapping, lanes and blockages line up, roads connect.
/// </summary>
internal static class SpatialChecks
{
    // The written coordinates are rounded to 1e-7 degrees, about 1 cm.
    private const double ToleranceM = 0.05;

    public static void Run(IReadOnlyDictionary<string, List<LayerRecord>> layers, ValidationReport report)
    {
        var projection = LocalProjection.Demo;
        Dictionary<string, NetTopologySuite.Geometries.Geometry> Local(string file) => layers[file]
            .Where(r => r.Geometry is not null)
            .ToDictionary(r => r.Code, r => projection.ToLocal(r.Geometry!), StringComparer.Ordinal);

        var communities = Local("communities.geojson");
        var compounds = Local("compounds.geojson");
        var buildings = Local("buildings.geojson");
        var lanes = Local("fire-lanes.geojson");

        var whole = Geo.Factory.BuildGeometry(communities.Values).Union();
        var sum = communities.Values.Sum(c => c.Area);
        report.Require(whole is Polygon && Math.Abs(whole.Area - sum) < 1, "communities.geojson", "communities tile one area without overlap");

        Within(report, "grids.geojson", layers["grids.geojson"], "community_code", communities, projection);
        Within(report, "compounds.geojson", layers["compounds.geojson"], "community_code", communities, projection);
        Within(report, "buildings.geojson", layers["buildings.geojson"], "compound_code", compounds, projection);
        Within(report, "fire-lanes.geojson", layers["fire-lanes.geojson"], "compound_code", compounds, projection);
        Disjoint(report, "compounds.geojson", compounds);
        Disjoint(report, "buildings.geojson", buildings);

        foreach (var b in layers["blockages.geojson"])
        {
            if (b.Geometry is { } g && b.Text("lane_code") is { } lane && lanes.TryGetValue(lane, out var line)
                && projection.ToLocal(g).Distance(line) > ToleranceM)
            {
                report.Fail("blockages.geojson", b.Number, "geometry", "is not on its lane");
            }
        }

        foreach (var p in layers["places.geojson"])
        {
            // A place is in its building, or at most a few metres outside it (a shed by the wall).
            if (p.Geometry is { } g && p.Text("building_code") is { } code && buildings.TryGetValue(code, out var footprint)
                && projection.ToLocal(g).Distance(footprint) > 5)
            {
                report.Fail("places.geojson", p.Number, "geometry", $"is not at building {code}");
            }
        }

        var edges = layers["roads.geojson"].Select(r => r.Geometry).OfType<LineString>()
            .Select(l => (l.StartPoint.X, l.StartPoint.Y, l.EndPoint.X, l.EndPoint.Y));
        var pieces = NetworkConnectivity.CountComponents(edges, DemoSettings.CoordinateDecimals);
        report.Require(pieces == 1, "roads.geojson", $"roads form one connected network, found {pieces} pieces");
    }

    private static void Within(
        ValidationReport report, string file, List<LayerRecord> records, string field,
        Dictionary<string, NetTopologySuite.Geometries.Geometry> containers, LocalProjection projection)
    {
        foreach (var r in records)
        {
            if (r.Geometry is { } g && r.Text(field) is { } code && containers.TryGetValue(code, out var container)
                && !container.Buffer(ToleranceM).Covers(projection.ToLocal(g)))
            {
                report.Fail(file, r.Number, "geometry", $"is not inside {code}");
            }
        }
    }

    private static void Disjoint(ValidationReport report, string file, Dictionary<string, NetTopologySuite.Geometries.Geometry> shapes)
    {
        var index = new STRtree<(string Code, NetTopologySuite.Geometries.Geometry Shape)>();
        foreach (var (code, shape) in shapes)
        {
            index.Insert(shape.EnvelopeInternal, (code, shape));
        }

        foreach (var (code, shape) in shapes)
        {
            foreach (var other in index.Query(shape.EnvelopeInternal))
            {
                if (string.CompareOrdinal(code, other.Code) < 0 && shape.Intersects(other.Shape))
                {
                    report.Fail(file, null, null, $"{code} overlaps {other.Code}");
                }
            }
        }
    }
}
