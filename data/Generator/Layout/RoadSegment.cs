using FireMap.DemoData.Geometry;
using NetTopologySuite.Geometries;

namespace FireMap.DemoData.Layout;

/// <summary>
/// The part of a street between two grid junctions. Side streets that meet it add nodes, so it is
/// written as several edges that share their end coordinates exactly.
/// </summary>
internal sealed class RoadSegment(RoadLine line, Coordinate start, Coordinate end, double lineOffset)
{
    private readonly List<(double T, Coordinate Node)> _nodes = [];

    public RoadLine Line => line;

    public Coordinate Start => start;

    public Coordinate End => end;

    public double Length => start.Distance(end);

    /// <summary>
    /// Adds a T-junction at fraction <paramref name="t"/>, or returns an existing node within
    /// <paramref name="snapMetres"/>, so that side streets from both sides meet as a crossroads
    /// instead of leaving a stub a few metres long.
    /// </summary>
    public (double T, Coordinate Node) InsertNode(double t, double snapMetres)
    {
        foreach (var existing in _nodes)
        {
            if (Math.Abs(existing.T - t) * Length < snapMetres)
            {
                return existing;
            }
        }

        var node = Geo.Lerp(start, end, t);
        _nodes.Add((t, node));
        return (t, node);
    }

    public IEnumerable<(Coordinate From, Coordinate To)> Edges()
    {
        var points = new List<Coordinate> { start };
        points.AddRange(_nodes.OrderBy(n => n.T).Select(n => n.Node));
        points.Add(end);
        for (var k = 0; k + 1 < points.Count; k++)
        {
            yield return (points[k], points[k + 1]);
        }
    }

    /// <summary>Distance in metres from the start of the whole street to the foot of <paramref name="c"/>.</summary>
    public double PositionAlongLine(Coordinate c)
    {
        var dx = end.X - start.X;
        var dy = end.Y - start.Y;
        var t = ((c.X - start.X) * dx + (c.Y - start.Y) * dy) / (dx * dx + dy * dy);
        return lineOffset + Math.Clamp(t, 0, 1) * Length;
    }
}
