using FireMap.DemoData.Geometry;
using FireMap.DemoData.Model;
using NetTopologySuite.Geometries;

namespace FireMap.DemoData.Generation;

/// <summary>Points for things that stand in the open: next to a building, or on a free part of a plot.</summary>
internal static class SpotFinder
{
    /// <summary>A point inside the footprint, away from its walls.</summary>
    public static Coordinate Inside(Building building, Random rng) =>
        building.Footprint.At(rng.Between(-0.7, 0.7), rng.Between(-0.6, 0.6));

    /// <summary>
    /// A point a few metres outside a long wall, inside <paramref name="area"/> and in no footprint;
    /// null when the building stands too close to everything around it.
    /// </summary>
    public static Coordinate? Beside(Building building, Polygon area, IEnumerable<Building> neighbours, Random rng, double metres)
    {
        var footprints = neighbours.Select(n => n.Footprint.ToPolygon()).ToList();
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var spot = building.Footprint.Beside(rng.Between(-0.7, 0.7), metres, attempt % 2 == 0);
            var point = Geo.Point(spot);
            if (area.Contains(point) && footprints.All(f => f.Distance(point) > metres / 2))
            {
                return spot;
            }
        }

        return null;
    }

    /// <summary>A point of the plot at least <paramref name="clearanceM"/> from every footprint.</summary>
    public static Coordinate Free(Quad plot, IEnumerable<Building> buildings, double clearanceM, Random rng)
    {
        var footprints = buildings.Select(b => b.Footprint.ToPolygon()).ToList();
        for (var attempt = 0; attempt < 500; attempt++)
        {
            var spot = plot.Map(rng.Between(0.08, 0.92), rng.Between(0.08, 0.92));
            var point = Geo.Point(spot);
            if (footprints.All(f => f.Distance(point) >= clearanceM))
            {
                return spot;
            }
        }

        throw new InvalidOperationException("No free spot left in the plot.");
    }

    /// <summary>Buildings standing on plot (i, j) of the street grid.</summary>
    public static IEnumerable<Building> OnPlot(DemoWorld world, Quad plot)
    {
        var area = plot.ToPolygon();
        return world.Buildings.Where(b => area.Intersects(Geo.Point(b.Footprint.Centre)));
    }
}
