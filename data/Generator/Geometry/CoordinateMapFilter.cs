using NetTopologySuite.Geometries;

namespace FireMap.DemoData.Geometry;

/// <summary>Applies a point-wise coordinate map to every vertex of a geometry copy.</summary>
internal sealed class CoordinateMapFilter(Func<double, double, (double X, double Y)> map) : IEntireCoordinateSequenceFilter
{
    public bool Done => false;

    public bool GeometryChanged => true;

    public void Filter(CoordinateSequence seq)
    {
        for (var i = 0; i < seq.Count; i++)
        {
            var (x, y) = map(seq.GetX(i), seq.GetY(i));
            seq.SetX(i, x);
            seq.SetY(i, y);
        }
    }

    public static TGeometry Apply<TGeometry>(TGeometry geometry, Func<double, double, (double X, double Y)> map)
        where TGeometry : NetTopologySuite.Geometries.Geometry
    {
        var copy = (TGeometry)geometry.Copy();
        copy.Apply(new CoordinateMapFilter(map));
        copy.GeometryChanged();
        return copy;
    }
}
