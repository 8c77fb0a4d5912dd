using FireMap.DemoData.Geometry;
using NetTopologySuite.Geometries;

namespace FireMap.DemoData.Layout;

/// <summary>
/// Junctions, street segments and blocks of the plan in local metres. Junctions are jittered a
/// little so that streets are not ruler-straight, yet each block stays a convex quadrilateral.
/// </summary>
internal sealed class StreetGrid
{
    private const double JitterM = 28;

    private readonly Coordinate[,] _junctions;
    private readonly RoadSegment[,] _eastWest;
    private readonly RoadSegment[,] _northSouth;
    private readonly List<Alley> _alleys = [];
    private readonly Dictionary<string, int> _alleyCounters = new(StringComparer.Ordinal);

    private StreetGrid(Random rng)
    {
        const int nx = StreetPlan.Columns;
        const int ny = StreetPlan.Rows;
        _junctions = new Coordinate[nx + 1, ny + 1];
        for (var j = 0; j <= ny; j++)
        {
            for (var i = 0; i <= nx; i++)
            {
                var x = -StreetPlan.WidthM / 2 + i * StreetPlan.WidthM / nx + (rng.NextDouble() * 2 - 1) * JitterM;
                var y = -StreetPlan.HeightM / 2 + j * StreetPlan.HeightM / ny + (rng.NextDouble() * 2 - 1) * JitterM;
                _junctions[i, j] = new Coordinate(Math.Round(x, 3), Math.Round(y, 3));
            }
        }

        _eastWest = new RoadSegment[nx, ny + 1];
        for (var j = 0; j <= ny; j++)
        {
            var offset = 0.0;
            for (var i = 0; i < nx; i++)
            {
                _eastWest[i, j] = new RoadSegment(StreetPlan.EastWestRoads[j], _junctions[i, j], _junctions[i + 1, j], offset);
                offset += _eastWest[i, j].Length;
            }
        }

        _northSouth = new RoadSegment[nx + 1, ny];
        for (var i = 0; i <= nx; i++)
        {
            var offset = 0.0;
            for (var j = 0; j < ny; j++)
            {
                _northSouth[i, j] = new RoadSegment(StreetPlan.NorthSouthRoads[i], _junctions[i, j], _junctions[i, j + 1], offset);
                offset += _northSouth[i, j].Length;
            }
        }
    }

    public IReadOnlyList<Alley> Alleys => _alleys;

    public static StreetGrid Create(Random rng) => new(rng);

    /// <summary>The street on the south side of block (i, j) when j &lt; Rows, or the north edge of the area.</summary>
    public RoadSegment EastWest(int i, int j) => _eastWest[i, j];

    public RoadSegment NorthSouth(int i, int j) => _northSouth[i, j];

    public Quad Block(int i, int j) =>
        new(_junctions[i, j], _junctions[i + 1, j], _junctions[i + 1, j + 1], _junctions[i, j + 1]);

    /// <summary>Every street segment: east–west streets south to north, then north–south streets west to east.</summary>
    public IEnumerable<RoadSegment> Segments()
    {
        for (var j = 0; j <= StreetPlan.Rows; j++)
        {
            for (var i = 0; i < StreetPlan.Columns; i++)
            {
                yield return _eastWest[i, j];
            }
        }

        for (var i = 0; i <= StreetPlan.Columns; i++)
        {
            for (var j = 0; j < StreetPlan.Rows; j++)
            {
                yield return _northSouth[i, j];
            }
        }
    }

    /// <summary>The whole sub-district: the outline of all blocks.</summary>
    public Polygon Outline() =>
        (Polygon)Geo.Factory.CreateMultiPolygon(
            Enumerable.Range(0, StreetPlan.Rows)
                .SelectMany(j => Enumerable.Range(0, StreetPlan.Columns).Select(i => Block(i, j).ToPolygon()))
                .ToArray()).Union();

    /// <summary>Adds a side street named after the street it leaves, as locals do (钢花路一支路, 钢花路二巷).</summary>
    public void AddAlley(RoadLine from, bool isBranch, Coordinate a, Coordinate b)
    {
        var kind = isBranch ? "支路" : "巷";
        var key = from.Name + kind;
        _alleyCounters[key] = _alleyCounters.GetValueOrDefault(key) + 1;
        var name = from.Name + ChineseNumber(_alleyCounters[key]) + kind;
        _alleys.Add(new Alley(name, isBranch ? "branch" : "alley", isBranch ? 8 : 5, a, b));
    }

    private static string ChineseNumber(int n) =>
        n <= 10 ? "一二三四五六七八九十"[n - 1].ToString() : "十" + "一二三四五六七八九"[n - 11];
}
