using FireMap.Spatial.Interchange;

namespace FireMap.Spatial.Tests.Interchange;

public sealed class ShapefileNameTests
{
    [Fact]
    public void ShapefileName_is_at_most_ten_characters_and_unique_within_each_layer()
    {
        foreach (var layer in ImportFormat.Layers)
        {
            var names = layer.Fields.Select(layer.ShapefileName).ToList();
            Assert.All(names, name => Assert.InRange(name.Length, 1, LayerFormat.ShapefileNameLength));
            Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        }
    }

    [Fact]
    public void ShapefileName_cuts_a_long_name_and_keeps_a_short_one()
    {
        var buildings = ImportFormat.Get("buildings");

        Assert.Equal("smoke_cont", buildings.ShapefileName(buildings.Field("smoke_control_system")!));
        Assert.Equal("floors", buildings.ShapefileName(buildings.Field("floors")!));
    }
}
