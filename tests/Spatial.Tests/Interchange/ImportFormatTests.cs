using FireMap.Spatial.Interchange;
using FireMap.Spatial.Vocabulary;

namespace FireMap.Spatial.Tests.Interchange;

public sealed class ImportFormatTests
{
    [Fact]
    public void Layers_are_listed_in_load_order_with_unique_names_files_and_tables()
    {
        Assert.Equal(Enumerable.Range(1, ImportFormat.Layers.Count), ImportFormat.Layers.Select(layer => layer.LoadOrder));
        Assert.Equal(ImportFormat.Layers.Count, ImportFormat.Layers.Select(layer => layer.Name).Distinct().Count());
        Assert.Equal(ImportFormat.Layers.Count, ImportFormat.Layers.Select(layer => layer.FileName).Distinct().Count());
        Assert.Equal(ImportFormat.Layers.Count, ImportFormat.Layers.Select(layer => layer.Table).Distinct().Count());
    }

    [Fact]
    public void Layers_each_start_with_a_required_code_and_name_fields_once()
    {
        foreach (var layer in ImportFormat.Layers)
        {
            Assert.Equal(new FieldFormat("code", FieldKind.Text, true) { MaxLength = ImportFormat.MaxNameLength }, layer.Fields[0]);
            Assert.Equal(layer.Fields.Count, layer.Fields.Select(field => field.Name).Distinct().Count());
        }
    }

    [Fact]
    public void References_point_to_a_layer_loaded_before()
    {
        foreach (var layer in ImportFormat.Layers)
        {
            foreach (var field in layer.Fields.Where(f => f.Kind == FieldKind.Reference))
            {
                var target = ImportFormat.Find(field.References!);
                Assert.True(target is not null && target.LoadOrder < layer.LoadOrder, $"{layer.Name}.{field.Name} refers to {field.References}");
                Assert.EndsWith("_code", field.Name, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Subject_layers_cover_every_hazard_subject_type_and_load_before_hazards()
    {
        var hazards = ImportFormat.Get("hazards");
        Assert.Equal(Codes.HazardSubjectType.Codes.Order(StringComparer.Ordinal), ImportFormat.SubjectLayers.Keys.Order(StringComparer.Ordinal));
        Assert.All(ImportFormat.SubjectLayers.Values, name => Assert.True(ImportFormat.Get(name).LoadOrder < hazards.LoadOrder));
        Assert.Equal(Codes.HazardSubjectType, hazards.Field("subject_type")!.Choices);
    }

    [Fact]
    public void Choice_fields_take_their_codes_from_the_vocabulary()
    {
        var choices = ImportFormat.Layers.SelectMany(layer => layer.Fields).Where(field => field.Kind == FieldKind.Choice).ToList();
        Assert.NotEmpty(choices);
        Assert.All(choices, field => Assert.Contains(field.Choices!, Codes.All));
        Assert.All(ImportFormat.Layers.SelectMany(layer => layer.Fields).Where(field => field.Kind != FieldKind.Choice),
            field => Assert.Null(field.Choices));
    }

    [Theory]
    [InlineData("buildings", "height_m", 0, false)]
    [InlineData("buildings", "height_m", 0.01, true)]
    [InlineData("buildings", "built_year", 1800, true)]
    [InlineData("buildings", "built_year", 1799, false)]
    [InlineData("compounds", "built_year", 1899, false)]
    [InlineData("compounds", "built_year", 2100, true)]
    [InlineData("blockages", "remaining_width_m", 0, true)]
    [InlineData("buildings", "occupants", -1, false)]
    public void Field_bounds_are_those_of_the_database(string layer, string field, double value, bool accepted) =>
        Assert.Equal(accepted, ImportFormat.Get(layer).Field(field)!.InRange(value));
}
