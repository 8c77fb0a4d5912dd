using FireMap.Api.Database;
using Npgsql;

namespace FireMap.Api.Hydrants;

/// <summary>The published columns of a hydrant (row source <c>hydrants y</c>) and how to read them.</summary>
internal static class HydrantColumns
{
    public const string Columns = "y.id, y.code, y.kind, y.status, y.address, ST_AsGeoJSON(y.geom, 7) AS geometry";

    public static HydrantRecord Read(NpgsqlDataReader reader) => new(
        reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetNullableString(4), reader.GetGeoJson(5));
}
