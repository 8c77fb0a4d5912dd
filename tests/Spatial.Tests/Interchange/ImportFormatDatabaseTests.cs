using System.Globalization;
using System.Text.RegularExpressions;
using FireMap.Spatial.Interchange;
using FireMap.Spatial.Tests.Geocoding.Support;

namespace FireMap.Spatial.Tests.Interchange;

/// <summary>
/// The format's bounds and required flags against the migrations' column definitions, so that an
/// import never passes the database a value its CHECK constraints, NOT NULL or numeric(p, s) refuse.
/// </summary>
public sealed partial class ImportFormatDatabaseTests
{
    private static readonly string Migrations = string.Join('\n',
        Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "src", "Api", "Database", "Migrations"), "*.sql")
            .Order(StringComparer.Ordinal).Select(File.ReadAllText));

    public static TheoryData<string> LayerNames => [.. ImportFormat.Layers.Select(layer => layer.Name)];

    [Theory]
    [MemberData(nameof(LayerNames))]
    public void Format_of_layer_matches_the_checks_and_nullability_of_its_table(string name)
    {
        var layer = ImportFormat.Get(name);
        var table = TableDefinition(layer.Table);
        foreach (var field in layer.Fields)
        {
            var column = field.Kind is FieldKind.Reference or FieldKind.SubjectReference ? field.Name.Replace("_code", "_id", StringComparison.Ordinal) : field.Name;
            var definition = ColumnDefinition(table, column) ?? throw new Xunit.Sdk.XunitException($"{layer.Table} has no column {column}");
            var label = $"{layer.Table}.{column}";

            if (definition.Contains("NOT NULL", StringComparison.Ordinal) && !definition.Contains("DEFAULT", StringComparison.Ordinal))
            {
                Assert.True(field.Required, $"{label} is NOT NULL without a default, so the field must be required");
            }

            if (!field.Required && definition.Contains("NOT NULL", StringComparison.Ordinal))
            {
                Assert.True(field.Default is not null || field.Kind == FieldKind.TextList, $"{label} is NOT NULL, so an absent {field.Name} needs a default");
            }

            var (min, minExclusive, max) = Bounds(definition);
            Assert.True((min, minExclusive, max) == (field.Min, field.MinExclusive, field.Max),
                $"{label}: the database allows {Describe(min, minExclusive, max)}, the format {Describe(field.Min, field.MinExclusive, field.Max)}");
        }
    }

    private static (double? Min, bool MinExclusive, double? Max) Bounds(string definition)
    {
        double? min = null, max = null;
        var exclusive = false;
        if (Between().Match(definition) is { Success: true } between)
        {
            min = Number(between.Groups[1].Value);
            max = Number(between.Groups[2].Value);
        }
        else if (Lower().Match(definition) is { Success: true } lower)
        {
            min = Number(lower.Groups[2].Value);
            exclusive = lower.Groups[1].Value == ">";
        }

        if (NumericType().Match(definition) is { Success: true } numeric)
        {
            var precision = int.Parse(numeric.Groups[1].Value, CultureInfo.InvariantCulture);
            var scale = int.Parse(numeric.Groups[2].Value, CultureInfo.InvariantCulture);
            max ??= Math.Round(Math.Pow(10, precision - scale) - Math.Pow(10, -scale), scale);
        }

        return (min, exclusive, max);
    }

    private static string TableDefinition(string table)
    {
        var match = Regex.Match(Migrations, $@"CREATE TABLE {table} \((.*?)\n\);", RegexOptions.Singleline);
        Assert.True(match.Success, $"the migrations create table {table}");
        return string.Join('\n', [match.Groups[1].Value, .. AddedColumns(table)]);
    }

    // Columns later migrations add (ALTER TABLE t ADD COLUMN c …), one definition a line as in CREATE TABLE.
    private static IEnumerable<string> AddedColumns(string table) =>
        Regex.Matches(Migrations, $@"ALTER TABLE {table}\s(.*?);", RegexOptions.Singleline)
            .SelectMany(alter => alter.Groups[1].Value.Split("ADD COLUMN", StringSplitOptions.TrimEntries).Skip(1))
            .Select(column => column.Replace("IF NOT EXISTS ", "", StringComparison.Ordinal).Replace('\n', ' ').TrimEnd(',').Trim());

    private static string? ColumnDefinition(string table, string column) =>
        table.Split('\n').Select(line => line.Trim()).FirstOrDefault(line => line.StartsWith(column + " ", StringComparison.Ordinal));

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static string Describe(double? min, bool exclusive, double? max) =>
        $"{(min is null ? "-∞" : (exclusive ? "> " : "≥ ") + min.Value.ToString(CultureInfo.InvariantCulture))} .. {max?.ToString(CultureInfo.InvariantCulture) ?? "∞"}";

    [GeneratedRegex(@"CHECK \(\w+ BETWEEN (-?[\d.]+) AND (-?[\d.]+)\)")]
    private static partial Regex Between();

    [GeneratedRegex(@"CHECK \(\w+ (>=|>) (-?[\d.]+)\)")]
    private static partial Regex Lower();

    [GeneratedRegex(@"numeric\((\d+), (\d+)\)")]
    private static partial Regex NumericType();
}
