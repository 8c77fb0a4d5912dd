using FireMap.Api.Database;
using Npgsql;

namespace FireMap.Api.Places;

/// <summary>The published columns of a place (row source <c>places p</c>) and how to read them.</summary>
internal static class PlaceColumns
{
    public const string Columns = """
        p.id, p.code, p.name, p.category, p.address, c.code AS community_code, p.compound_id, p.building_id,
        p.capacity, p.self_inspection_date, ST_AsGeoJSON(p.geom, 7) AS geometry, p.responsible_unit, p.version
        """;

    public const string Joins = "JOIN communities c ON c.id = p.community_id";

    public static PlaceRecord Read(NpgsqlDataReader reader) => new(
        reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
        reader.GetString(5), reader.GetNullableInt64(6), reader.GetNullableInt64(7), reader.GetInt32(8),
        reader.IsDBNull(9) ? null : reader.GetFieldValue<DateOnly>(9), reader.GetGeoJson(10),
        reader.GetNullableString(11), reader.GetInt32(12));
}
