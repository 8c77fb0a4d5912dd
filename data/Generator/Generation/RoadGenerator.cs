using System.Globalization;
using FireMap.DemoData.Geometry;
using FireMap.DemoData.Model;

namespace FireMap.DemoData.Generation;

/// <summary>Road edges from the street grid and its side streets, checked to form one connected network.</summary>
internal static class RoadGenerator
{
    public static void Generate(DemoWorld world, LocalProjection projection)
    {
        var edges = new List<(string Name, string RoadClass, double Width, NetTopologySuite.Geometries.Coordinate A, NetTopologySuite.Geometries.Coordinate B)>();
        foreach (var segment in world.Streets.Segments())
        {
            edges.AddRange(segment.Edges().Select(e => (segment.Line.Name, segment.Line.RoadClass, segment.Line.WidthM, e.From, e.To)));
        }

        edges.AddRange(world.Streets.Alleys.Select(a => (a.Name, a.RoadClass, a.WidthM, a.From, a.To)));

        for (var k = 0; k < edges.Count; k++)
        {
            var (name, roadClass, width, a, b) = edges[k];
            var code = "DL" + (k + 1).ToString("D3", CultureInfo.InvariantCulture);
            world.Roads.Add(new Road(code, name, roadClass, width, Geo.Line(a, b)));
        }

        // A routable network must be one graph: compare end points as written (7 decimals).
        var written = world.Roads.Select(r =>
        {
            var line = projection.ToLonLat(r.Geometry);
            var (s, e) = (line.StartPoint, line.EndPoint);
            return (s.X, s.Y, e.X, e.Y);
        });
        var components = NetworkConnectivity.CountComponents(written, DemoSettings.CoordinateDecimals);
        if (components != 1)
        {
            throw new InvalidOperationException($"The road network falls apart into {components} pieces.");
        }
    }
}
