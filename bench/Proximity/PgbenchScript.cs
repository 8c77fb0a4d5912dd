using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
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

    public static string Build(BenchArea area, double radiusMeters, int first)
    {
        var script = new StringBuilder();
        script.AppendLine(CultureInfo.InvariantCulture, $"\\set lon {area.PgbenchExpression(longitude: true)}");
        script.AppendLine(CultureInfo.InvariantCulture, $"\\set lat {area.PgbenchExpression(longitude: false)}");
        script.AppendLine(CultureInfo.InvariantCulture, $"\\set radius {radiusMeters:0.###}");
        // One more than the page, as the service asks for, to learn whether a next page exists.
        script.AppendLine(CultureInfo.InvariantCulture, $"\\set limit {first + 1}");
        script.Append(Statement).AppendLine(";");
        return script.ToString();
    }

    // @name, but not @@ or an operator such as @> (none is in the SQL today).
    [GeneratedRegex(@"(?<![@\w])@([a-z_]+)\b")]
    private static partial Regex ParameterPattern();
}
