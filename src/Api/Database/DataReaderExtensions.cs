using System.Data.Common;

namespace FireMap.Api.Database;

/// <summary>Reads nullable columns without repeating <c>IsDBNull</c> checks at every call site.</summary>
public static class DataReaderExtensions
{
    public static string? GetNullableString(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static int? GetNullableInt32(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

    /// <summary>Reads an <c>ST_AsGeoJSON</c> column, unparsed until a response asks for it.</summary>
    public static GeoJsonText GetGeoJson(this DbDataReader reader, int ordinal) => new(reader.GetString(ordinal));

    public static long? GetNullableInt64(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);
}
