using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using FireMap.Api.Buildings;
using FireMap.Api.Proximity;

namespace FireMap.Bench.Proximity;

/// <summary>
/// The pgbench script: <see cref="BuildingsWithin.PageSql"/> verbatim, its named parameters
/// turned into pgbench variables, and the filters and cursor the benchmark query does not use
/// written as literal NULLs (the casts are already in the SQL).
/// </summary>
public static partial class PgbenchScript
{
    private static readonly HashSet<string> _variables = ["lon", "lat", "radius", "limit"];
    private static readonly HashSet<string> _nulls = ["use_classes", "high_rise", "min_floors", "after_distance", "after_id"];

    /// <summary>The statement as pgbench runs it.</summary>
    public static string Statement { get; } = ParameterPattern().Replace(BuildingsWithin.PageSql, match =>
    {
        var name = match.Groups[1].Value;
        return _variables.Contains(name) ? ":" + name
            : _nulls.Contains(name) ? "NULL"
            : throw new InvalidOperationException($"BuildingsWithin.PageSql has a parameter @{name} the benchmark does not know; update {nameof(PgbenchScript)}.");
    });

    /// <summary>
    /// The plain KNN statement, the practical limit for the same page: the nearest candidates by the
    /// index's sphere distance inside the radius, the joins after, the spheroid distance computed
    /// for the page only and the page left in sphere order (it may differ from the exact spheroid
    /// order by centimetres, which FireMap's statement does not allow). Its radius is a sub-select,
    /// as in FireMap's statement: given the value, the first (custom) plans of each connection would
    /// test and sort every building in the radius and hold the limit down to the planner's mistake.
    /// </summary>
    public static string PlainKnnStatement { get; } = $"""
        SELECT {BuildingRepository.Columns}, ST_Distance(b.geom::geography, {Center}) AS distance
        FROM (
            SELECT b.id, b.geom::geography <-> {Center} AS sphere
            FROM buildings b
            WHERE ST_DWithin(b.geom::geography, {Center}, (SELECT :radius::float8))
            ORDER BY b.geom::geography <-> {Center}
            LIMIT :limit
        ) k
        JOIN buildings b ON b.id = k.id
        {BuildingRepository.Joins}
        ORDER BY k.sphere, k.id
        """;

    private static string Center => SearchArea.CenterSql.Replace("@lon", ":lon", StringComparison.Ordinal).Replace("@lat", ":lat", StringComparison.Ordinal);

    public static string Build(BenchArea area, double radiusMeters, int first) => Build(area, radiusMeters, first, Statement);

    public static string BuildPlainKnn(BenchArea area, double radiusMeters, int first) => Build(area, radiusMeters, first, PlainKnnStatement);

    private static string Build(BenchArea area, double radiusMeters, int first, string statement)
    {
        var script = new StringBuilder();
        script.AppendLine(CultureInfo.InvariantCulture, $"\\set lon {area.PgbenchExpression(longitude: true)}");
        script.AppendLine(CultureInfo.InvariantCulture, $"\\set lat {area.PgbenchExpression(longitude: false)}");
        script.AppendLine(CultureInfo.InvariantCulture, $"\\set radius {radiusMeters:0.###}");
        // One more than the page, as the service asks for, to learn whether a next page exists.
        script.AppendLine(CultureInfo.InvariantCulture, $"\\set limit {first + 1}");
        script.Append(statement).AppendLine(";");
        return script.ToString();
    }

    // @name, but not @@ or an operator such as @> (none is in the SQL today).
    [GeneratedRegex(@"(?<![@\w])@([a-z_]+)\b")]
    private static partial Regex ParameterPattern();
}
