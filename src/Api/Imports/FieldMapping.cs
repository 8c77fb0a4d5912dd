using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using FireMap.Spatial.Interchange;

namespace FireMap.Api.Imports;

/// <summary>
/// How a file's fields become a layer's (docs/import-formats.md, "Mapping file"): source field →
/// FireMap field, constants, templates that build a value from source fields (<c>"消防站 {STATION}"</c>),
/// value maps that turn a source's words into FireMap codes, and source fields to ignore silently.
/// A FireMap field that no entry names is read from the source field of the same name (any case,
/// or the field's shapefile name).
/// </summary>
public sealed partial record FieldMapping
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };

    /// <summary>The column of a CSV or XLSX file that holds a line's or an area's geometry as WKT.</summary>
    public const string WktColumn = "wkt";

    /// <summary>The layer the mapping was written for, when it names one.</summary>
    public string? Layer { get; init; }

    /// <summary>Source field → FireMap field.</summary>
    public Dictionary<string, string> Fields { get; init; } = [];

    /// <summary>FireMap field → the value every record gets.</summary>
    public Dictionary<string, string?> Constants { get; init; } = [];

    /// <summary>FireMap field → text with <c>{SOURCE_FIELD}</c> placeholders.</summary>
    public Dictionary<string, string> Templates { get; init; } = [];

    /// <summary>FireMap field → (source value → FireMap value), for codes such as station kinds.</summary>
    public Dictionary<string, Dictionary<string, string>> Values { get; init; } = [];

    /// <summary>Source fields that are known and deliberately not stored.</summary>
    public List<string> Ignore { get; init; } = [];

    /// <summary>Reads a mapping from JSON; a broken one is refused naming what is wrong.</summary>
    public static FieldMapping Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<FieldMapping>(json, _json) ?? throw new JsonException("empty");
        }
        catch (JsonException e)
        {
            throw Errors.Rejection.BadInput("mapping",
                $"is not a mapping (JSON object with fields, constants, templates, values, ignore): {e.Message.Split('.')[0]}");
        }
    }

    /// <summary>The mapping as JSON, as it is saved.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, _json);

    /// <summary>Names of FireMap fields in this mapping that the layer does not have.</summary>
    public IEnumerable<string> UnknownTargets(LayerFormat layer) =>
        Fields.Values.Concat(Constants.Keys).Concat(Templates.Keys).Concat(Values.Keys)
            .Where(target => layer.Field(target) is null && target is not "lon" and not "lat").Distinct();

    /// <summary>Where each of the layer's fields comes from in a file with <paramref name="sourceFields"/>.</summary>
    public static FieldReport Plan(FieldMapping? mapping, LayerFormat layer, IReadOnlyCollection<string> sourceFields)
    {
        mapping ??= new FieldMapping();
        var mapped = new Dictionary<string, string>(StringComparer.Ordinal);
        var constants = new List<string>();
        // Tabular files carry positions as lon/lat (points) or as WKT (lines and areas).
        var targets = layer.CsvColumns.Select(f => f.Name).Append(WktColumn).Distinct().ToList();
        foreach (var target in targets)
        {
            if (mapping.Constants.ContainsKey(target) || mapping.Templates.ContainsKey(target))
            {
                constants.Add(target);
            }
            else if (mapping.Fields.FirstOrDefault(pair => pair.Value == target).Key is { } source && sourceFields.Contains(source))
            {
                mapped[target] = source;
            }
            else if (SameName(layer, target, sourceFields) is { } same)
            {
                mapped[target] = same;
            }
        }

        var used = mapped.Values.Concat(mapping.Templates.Values.SelectMany(Placeholders)).ToHashSet(StringComparer.Ordinal);
        var ignored = sourceFields.Where(source => !used.Contains(source)).ToList();
        var missing = targets.Where(target => !mapped.ContainsKey(target) && !constants.Contains(target) && layer.Field(target) is not null).ToList();
        return new FieldReport(mapped, ignored, constants, missing);
    }

    /// <summary>The record with FireMap's field names and values, as <see cref="Plan"/> decided.</summary>
    public static ImportRecord Apply(FieldMapping? mapping, FieldReport plan, ImportRecord record)
    {
        mapping ??= new FieldMapping();
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (target, source) in plan.Mapped)
        {
            values[target] = record.Values.GetValueOrDefault(source);
        }

        foreach (var target in plan.Constants)
        {
            values[target] = mapping.Constants.TryGetValue(target, out var constant)
                ? constant
                : Placeholder().Replace(mapping.Templates[target], m => record.Values.GetValueOrDefault(m.Groups[1].Value)?.Trim() ?? "");
        }

        foreach (var (target, map) in mapping.Values)
        {
            if (values.GetValueOrDefault(target)?.Trim() is { } text && map.TryGetValue(text, out var code))
            {
                values[target] = code;
            }
        }

        return record with { Values = values };
    }

    private static string? SameName(LayerFormat layer, string target, IReadOnlyCollection<string> sourceFields)
    {
        var field = layer.Field(target);
        var shortName = field is null ? target : layer.ShapefileName(field);
        return sourceFields.FirstOrDefault(s => string.Equals(s, target, StringComparison.Ordinal))
            ?? sourceFields.FirstOrDefault(s => string.Equals(s, target, StringComparison.OrdinalIgnoreCase)
                || string.Equals(s, shortName, StringComparison.OrdinalIgnoreCase));
    }

    private static IEnumerable<string> Placeholders(string template) =>
        Placeholder().Matches(template).Select(m => m.Groups[1].Value);

    [GeneratedRegex(@"\{([^{}]+)\}")]
    private static partial Regex Placeholder();
}
