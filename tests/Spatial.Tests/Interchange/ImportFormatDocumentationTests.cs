using System.Globalization;
using FireMap.Spatial.Interchange;
using FireMap.Spatial.Vocabulary;

namespace FireMap.Spatial.Tests.Interchange;

/// <summary>docs/import-formats.md describes <see cref="ImportFormat"/>: the same layers, fields, required flags, codes and bounds.</summary>
public sealed class ImportFormatDocumentationTests
{
    private static readonly string Markdown = ImportFormatDocument.Read();
    private static readonly IReadOnlyList<DocumentedLayer> Documented = ImportFormatDocument.Layers(Markdown);

    public static TheoryData<string> LayerNames => [.. ImportFormat.Layers.Select(layer => layer.Name)];

    [Fact]
    public void Documentation_load_order_and_sections_follow_the_format()
    {
        Assert.Equal(ImportFormat.Layers.Select(layer => layer.Name), ImportFormatDocument.LoadOrder(Markdown));
        Assert.Equal(ImportFormat.Layers.Select(layer => layer.FileName), Documented.Select(layer => layer.FileName));
        foreach (var layer in ImportFormat.Layers)
        {
            Assert.Contains($"`{layer.FileName}`", Markdown, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(LayerNames))]
    public void Documentation_of_layer_names_every_field_once_and_no_other(string name)
    {
        var layer = ImportFormat.Get(name);
        var documented = Section(layer).Fields.Select(field => field.Name).ToList();
        var expected = (layer.IsCsvOnly ? layer.CsvColumns : layer.Fields).Select(field => field.Name).ToList();

        Assert.Equal(expected.Order(StringComparer.Ordinal), documented.Order(StringComparer.Ordinal));
        Assert.Equal(documented.Count, documented.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(LayerNames))]
    public void Documentation_of_layer_states_geometry_and_each_field_type_and_required_flag(string name)
    {
        var layer = ImportFormat.Get(name);
        var section = Section(layer);
        Assert.Contains(layer.IsCsvOnly ? "(CSV)" : $"({string.Join(" or ", layer.GeoJsonTypes)}", section.Heading, StringComparison.Ordinal);

        foreach (var doc in section.Fields)
        {
            var field = layer.CsvColumns.Single(f => f.Name == doc.Name);
            Assert.True(TypeWord(field.Kind) == doc.Type, $"{layer.FileName} {field.Name}: documented as {doc.Type}, the format says {TypeWord(field.Kind)}");
            Assert.True(field.Required == (doc.Required == "yes"),
                $"{layer.FileName} {field.Name}: documented required '{doc.Required}', the format says {(field.Required ? "yes" : "no")}");
        }
    }

    [Theory]
    [MemberData(nameof(LayerNames))]
    public void Documentation_of_layer_lists_the_codes_of_each_choice_field_with_their_labels(string name)
    {
        var layer = ImportFormat.Get(name);
        var section = Section(layer);
        foreach (var field in layer.Fields.Where(f => f.Kind == FieldKind.Choice))
        {
            var doc = section.Fields.Single(f => f.Name == field.Name);
            var text = doc.Meaning.Contains("see below", StringComparison.Ordinal)
                ? string.Join('\n', section.Text.Split('\n').Skip(1).Where(line => !line.StartsWith('|')))
                : doc.Meaning;

            Assert.Equal(field.Choices!.Codes.Order(StringComparer.Ordinal), ImportFormatDocument.Codes(text).Order(StringComparer.Ordinal));
            foreach (var (code, label) in ImportFormatDocument.Labels(text))
            {
                Assert.Equal(field.Choices.Label(code, Language.Chinese), label);
            }
        }
    }

    [Theory]
    [MemberData(nameof(LayerNames))]
    public void Documentation_of_layer_states_the_lower_bound_of_each_number(string name)
    {
        var layer = ImportFormat.Get(name);
        foreach (var field in layer.Fields.Where(f => f.Min is not null))
        {
            var doc = Section(layer).Fields.Single(f => f.Name == field.Name);
            var min = field.Min!.Value.ToString(CultureInfo.InvariantCulture);
            var bound = field switch
            {
                { MinExclusive: true } => $"> {min}",
                { Max: { } max, Kind: FieldKind.Integer } => $"{min}–{max.ToString(CultureInfo.InvariantCulture)}",
                _ => $"≥ {min}",
            };
            Assert.True(doc.Meaning.Contains(bound, StringComparison.Ordinal), $"{layer.FileName} {field.Name}: '{doc.Meaning}' does not say {bound}");
        }
    }

    [Fact]
    public void Documentation_states_the_text_limits_and_the_reserved_code_form()
    {
        var names = ImportFormat.MaxNameLength.ToString(CultureInfo.InvariantCulture);
        var texts = ImportFormat.MaxTextLength.ToString(CultureInfo.InvariantCulture);
        Assert.Contains($"at most {names}\ncharacters", Markdown.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains($"at most {texts}", Markdown, StringComparison.Ordinal);
        Assert.Contains("`BK` followed by digits", Markdown, StringComparison.Ordinal);
        foreach (var field in ImportFormat.Layers.SelectMany(layer => layer.Fields))
        {
            var expected = field.Kind switch
            {
                FieldKind.Text when field.Name is "code" or "name" => ImportFormat.MaxNameLength,
                FieldKind.Reference or FieldKind.SubjectReference => ImportFormat.MaxNameLength,
                FieldKind.Text or FieldKind.TextList => ImportFormat.MaxTextLength,
                _ => (int?)null,
            };
            Assert.Equal(expected, field.MaxLength);
        }
    }

    private static DocumentedLayer Section(LayerFormat layer) =>
        Documented.SingleOrDefault(section => section.FileName == layer.FileName)
        ?? throw new Xunit.Sdk.XunitException($"docs/import-formats.md has no section for {layer.FileName}");

    private static string TypeWord(FieldKind kind) => kind switch
    {
        FieldKind.Text or FieldKind.Reference or FieldKind.SubjectReference => "string",
        FieldKind.TextList => "string[]",
        FieldKind.Integer => "integer",
        FieldKind.Decimal => "number",
        FieldKind.Boolean => "boolean",
        FieldKind.Date => "date",
        FieldKind.Timestamp => "time",
        FieldKind.Choice => "enum",
        _ => kind.ToString(),
    };
}
