using FireMap.DemoData.Geometry;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace FireMap.DemoData.Generation;

/// <summary>
/// Places rectangular footprints in a plot by scanning it row by row along the plot's own axes,
/// keeping a row gap (sunlight spacing, 日照间距) across and a smaller gable gap along each row.
/// </summary>
internal sealed class FootprintScanner
{
    private const double StepM = 4;

    private readonly IPreparedGeometry _interior;
    private readonly IPreparedGeometry? _keepOut;
    private readonly double _angle;
    private readonly (double Min, double Max) _along;
    private readonly (double Min, double Max) _across;
    private readonly List<Polygon> _placed = [];
    private (double B, double A)? _cursor;

    public FootprintScanner(NetTopologySuite.Geometries.Geometry interior, NetTopologySuite.Geometries.Geometry? keepOut, double angle)
    {
        _interior = PreparedGeometryFactory.Prepare(interior);
        _keepOut = keepOut is null || keepOut.IsEmpty ? null : PreparedGeometryFactory.Prepare(keepOut);
        _angle = angle;
        var (cos, sin) = (Math.Cos(angle), Math.Sin(angle));
        var coords = interior.Coordinates;
        _along = (coords.Min(c => c.X * cos + c.Y * sin), coords.Max(c => c.X * cos + c.Y * sin));
        _across = (coords.Min(c => -c.X * sin + c.Y * cos), coords.Max(c => -c.X * sin + c.Y * cos));
    }

    /// <summary>The first position in scan order where the footprint fits, or null.</summary>
    /// <param name="turn">Small extra rotation of this footprint, radians.</param>
    /// <param name="resume">
    /// Go on from the last footprint placed instead of the start: a regular estate fills row after
    /// row, and the scan stays linear in the plot size.
    /// </param>
    public OrientedRect? Next(double length, double depth, double turn, double gableGapM, double rowGapM, bool resume)
    {
        var (cos, sin) = (Math.Cos(_angle), Math.Sin(_angle));
        var startB = _across.Min + depth / 2;
        var startA = _along.Min + length / 2;
        var firstB = resume && _cursor is { } c ? Math.Max(startB, c.B) : startB;
        for (var b = firstB; b <= _across.Max - depth / 2; b += StepM)
        {
            var firstA = resume && _cursor is { } d && b == firstB && d.B >= startB ? d.A : startA;
            for (var a = firstA; a <= _along.Max - length / 2; a += StepM)
            {
                var centre = new Coordinate(a * cos - b * sin, a * sin + b * cos);
                var rect = new OrientedRect(centre, _angle + turn, length, depth);
                if (Fits(rect, gableGapM, rowGapM))
                {
                    _placed.Add(rect.ToPolygon());
                    _cursor = (b, a);
                    return rect;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A footprint at a random position of the plot, or null after many misses: for campuses and
    /// works, whose few buildings spread over the plot instead of lining up from one corner.
    /// </summary>
    public OrientedRect? NextAnywhere(double length, double depth, double turn, double gapM, Random rng)
    {
        var (cos, sin) = (Math.Cos(_angle), Math.Sin(_angle));
        for (var attempt = 0; attempt < 3000; attempt++)
        {
            var a = _along.Min + length / 2 + rng.NextDouble() * Math.Max(0, _along.Max - _along.Min - length);
            var b = _across.Min + depth / 2 + rng.NextDouble() * Math.Max(0, _across.Max - _across.Min - depth);
            var rect = new OrientedRect(new Coordinate(a * cos - b * sin, a * sin + b * cos), _angle + turn, length, depth);
            if (Fits(rect, gapM, gapM))
            {
                _placed.Add(rect.ToPolygon());
                return rect;
            }
        }

        return null;
    }

    private bool Fits(OrientedRect rect, double gableGapM, double rowGapM)
    {
        var polygon = rect.ToPolygon();
        if (!_interior.Covers(polygon) || (_keepOut?.Intersects(polygon) ?? false))
        {
            return false;
        }

        if (_placed.Count == 0)
        {
            return true;
        }

        var acrossZone = (rect with { Depth = rect.Depth + 2 * rowGapM }).ToPolygon();
        var alongZone = (rect with { Length = rect.Length + 2 * gableGapM }).ToPolygon();
        foreach (var other in _placed)
        {
            if (acrossZone.Intersects(other) || alongZone.Intersects(other))
            {
                return false;
            }
        }

        return true;
    }
}
