using FireMap.Spatial.Geometry;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.Database;

/// <summary>
/// Binds a bounding box as <c>@west, @south, @east, @north</c> (all NULL for "no box"), for SQL of the
/// form <c>@west IS NULL OR geom &amp;&amp; ST_MakeEnvelope(@west, @south, @east, @north, 4326)</c>.
/// </summary>
public static class BoxParameters
{
    public const string Filter = "(@west IS NULL OR {0}.geom && ST_MakeEnvelope(@west, @south, @east, @north, 4326))";

    public static void Add(NpgsqlParameterCollection parameters, BoundingBox? box)
    {
        parameters.Add(Degrees("west", box?.West));
        parameters.Add(Degrees("south", box?.South));
        parameters.Add(Degrees("east", box?.East));
        parameters.Add(Degrees("north", box?.North));
    }

    private static NpgsqlParameter Degrees(string name, double? value) =>
        new(name, NpgsqlDbType.Double) { Value = (object?)value ?? DBNull.Value };
}
