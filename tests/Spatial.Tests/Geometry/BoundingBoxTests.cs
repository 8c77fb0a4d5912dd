using FireMap.Spatial.Geometry;

namespace FireMap.Spatial.Tests.Geometry;

public sealed class BoundingBoxTests
{
    [Fact]
    public void TryParse_four_numbers_in_wsen_order_gives_box()
    {
        var box = BoundingBox.TryParse("106.47, 29.47,106.49,29.49", out var error);

        Assert.Null(error);
        Assert.NotNull(box);
        Assert.Equal((106.47, 29.47, 106.49, 29.49), (box.West, box.South, box.East, box.North));
    }

    [Theory]
    [InlineData(null, "four comma-separated numbers")]
    [InlineData("1,2,3", "four comma-separated numbers")]
    [InlineData("1,2,3,4,5", "four comma-separated numbers")]
    [InlineData("a,2,3,4", "four comma-separated numbers")]
    [InlineData("NaN,2,3,4", "finite")]
    [InlineData("1,2,Infinity,4", "finite")]
    [InlineData("-181,2,3,4", "longitudes")]
    [InlineData("1,-91,3,4", "latitudes")]
    [InlineData("3,2,1,4", "west must be less than east")]
    [InlineData("1,4,3,2", "south must be less than north")]
    [InlineData("1,2,1,4", "west must be less than east")]
    public void TryParse_bad_text_explains_problem(string? text, string expected)
    {
        var box = BoundingBox.TryParse(text, out var error);

        Assert.Null(box);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }
}
