using System.Data.Common;
using System.Text.Json;

namespace FireMap.Api.Database;

/// <summary>Reads nullable columns without repeating <c>IsDBNull</c> checks at every call site.</summary>
public static class DataReaderExtensions
{
    public static string? GetNullableString(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static int? GetNullableInt32(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

    /// <summary>Reads a json/text column (such as <c>ST_AsGeoJSON</c>) as a detached JSON value.</summary>
    public static JsonElement GetJson(this DbDataReader reader, int ordinal)
    {
        using var document = JsonDocument.Parse(reader.GetString(ordinal));
        return document.RootElement.Clone();
    }

    public static long? GetNullableInt64(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);
}
