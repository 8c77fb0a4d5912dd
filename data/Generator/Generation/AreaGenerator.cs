using System.Globalization;
using FireMap.DemoData.Geometry;
using FireMap.DemoData.Layout;
using FireMap.DemoData.Model;
using NetTopologySuite.Geometries;

namespace FireMap.DemoData.Generation;

/// <summary>Communities and grids as unions of whole blocks, so they tile the sub-district exactly.</summary>
internal static class AreaGenerator
{
    public static void Generate(DemoWorld world)
    {
        var blocks = Enumerable.Range(0, StreetPlan.Rows)
            .SelectMany(j => Enumerable.Range(0, StreetPlan.Columns).Select(i => (i, j)))
            .ToList();

        for (var n = 0; n < StreetPlan.Communities.Count; n++)
        {
            var (key, name) = StreetPlan.Communities[n];
            var code = DemoSettings.DivisionCode + (n + 1).ToString("D3", CultureInfo.InvariantCulture);
            var mine = blocks.Where(b => StreetPlan.GridKeyAt(b.i, b.j)[0] == key).ToList();
            world.Communities.Add(new Community(code, name, key, UnionOf(world.Streets, mine)));

            var gridKeys = mine.Select(b => StreetPlan.GridKeyAt(b.i, b.j)).Distinct().Order(StringComparer.Ordinal);
            foreach (var gridKey in gridKeys)
            {
                var number = int.Parse(gridKey[1..], CultureInfo.InvariantCulture);
                var cells = mine.Where(b => StreetPlan.GridKeyAt(b.i, b.j) == gridKey).ToList();
                world.Grids.Add(new GridArea(
                    $"{code}-{number:D2}",
                    $"第{number}网格",
                    code,
                    gridKey,
                    UnionOf(world.Streets, cells)));
            }
        }
    }

    private static Polygon UnionOf(StreetGrid streets, IEnumerable<(int I, int J)> cells)
    {
        var union = Geo.Factory.CreateMultiPolygon(cells.Select(c => streets.Block(c.I, c.J).ToPolygon()).ToArray()).Union();
        if (union is not Polygon polygon)
        {
            throw new InvalidOperationException("A community or grid of the plan is not one connected area.");
        }

        return polygon;
    }
}
