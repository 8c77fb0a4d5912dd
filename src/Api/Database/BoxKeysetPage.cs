using System.Globalization;
using FireMap.Spatial.Geometry;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.Database;

/// <summary>
/// SQL and parameters of a list within a bounding box, keyset-paged by id: <c>@after</c> is the
/// last id of the previous page, so a cursor stays valid while rows change elsewhere in the list.
/// <c>@scope</c> narrows the list to one community (the reader's scope) when it is not NULL; the main
/// table must have a <c>community_id</c>.
/// </summary>
public static class BoxKeysetPage
{
    /// <summary>Rows of <paramref name="select"/> (whose main table has alias <paramref name="alias"/>) after the cursor, by id.</summary>
    /// <param name="condition">A further condition on the rows (code, never input; values bound).</param>
    public static string Sql(string select, string alias, string condition = "true") => $"""
        {select}
        WHERE {Filter(alias)} AND ({condition}) AND (@after::bigint IS NULL OR {alias}.id > @after)
        ORDER BY {alias}.id
        LIMIT @limit
        """;

    /// <summary>How many rows of <paramref name="table"/> meet the box.</summary>
    public static string CountSql(string table, string alias, string condition = "true") =>
        $"SELECT count(*)::int FROM {table} {alias} WHERE {Filter(alias)} AND ({condition})";

    public static void Bind(NpgsqlParameterCollection parameters, BoundingBox? box, long? scopeCommunityId, long? afterId, int limit)
    {
        BindFilter(parameters, box, scopeCommunityId);
        parameters.Add(new NpgsqlParameter("after", NpgsqlDbType.Bigint) { Value = (object?)afterId ?? DBNull.Value });
        parameters.Add(new NpgsqlParameter("limit", NpgsqlDbType.Integer) { Value = limit });
    }

    /// <summary>The parameters of <see cref="CountSql"/>.</summary>
    public static void BindFilter(NpgsqlParameterCollection parameters, BoundingBox? box, long? scopeCommunityId)
    {
        BoxParameters.Add(parameters, box);
        parameters.Add(new NpgsqlParameter("scope", NpgsqlDbType.Bigint) { Value = (object?)scopeCommunityId ?? DBNull.Value });
    }

    private static string Filter(string alias) =>
        string.Format(CultureInfo.InvariantCulture, BoxParameters.Filter, alias) + $" AND (@scope::bigint IS NULL OR {alias}.community_id = @scope)";
}
