using System.Globalization;

namespace FireMap.DemoData.Geometry;

/// <summary>
/// Counts connected components of a line network whose edges meet only at shared end points.
/// End points are compared after rounding, exactly as a loader that snaps to the written precision would.
/// </summary>
internal static class NetworkConnectivity
{
    public static int CountComponents(IEnumerable<(double X1, double Y1, double X2, double Y2)> edges, int decimals)
    {
        var format = "F" + decimals.ToString(CultureInfo.InvariantCulture);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var parent = new List<int>();

        int IdOf(double x, double y)
        {
            var key = x.ToString(format, CultureInfo.InvariantCulture) + "," + y.ToString(format, CultureInfo.InvariantCulture);
            if (!ids.TryGetValue(key, out var id))
            {
                id = parent.Count;
                ids.Add(key, id);
                parent.Add(id);
            }

            return id;
        }

        int Find(int x)
        {
            while (parent[x] != x)
            {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }

            return x;
        }

        foreach (var (x1, y1, x2, y2) in edges)
        {
            var a = Find(IdOf(x1, y1));
            var b = Find(IdOf(x2, y2));
            if (a != b)
            {
                parent[a] = b;
            }
        }

        return Enumerable.Range(0, parent.Count).Count(i => Find(i) == i);
    }
}
