using FireMap.Spatial.Geocoding.Normalization;

namespace FireMap.Spatial.Tests.Geocoding;

public sealed class ChineseNumeralsTests
{
    [Theory]
    [InlineData("一", 1)]
    [InlineData("十", 10)]
    [InlineData("十二", 12)]
    [InlineData("二十", 20)]
    [InlineData("九十九", 99)]
    [InlineData("一百零二", 102)]
    [InlineData("一百二", 120)]
    [InlineData("一百二十", 120)]
    [InlineData("两百", 200)]
    [InlineData("廿三", 23)]
    [InlineData("一千零一", 1001)]
    [InlineData("一八六", 186)]
    [InlineData("二〇一", 201)]
    [InlineData("零", 0)]
    public void TryParse_numeral_value(string text, int expected)
    {
        Assert.True(ChineseNumerals.TryParse(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("十十")]
    [InlineData("百")]
    [InlineData("二三十")]
    [InlineData("一a")]
    public void TryParse_malformed_false(string text)
    {
        Assert.False(ChineseNumerals.TryParse(text, out _));
    }

    [Fact]
    public void Format_round_trips_0_to_9999()
    {
        for (var n = 0; n < 10_000; n++)
        {
            Assert.True(ChineseNumerals.TryParse(ChineseNumerals.Format(n), out var back), ChineseNumerals.Format(n));
            Assert.Equal(n, back);
            Assert.True(ChineseNumerals.TryParse(ChineseNumerals.FormatDigits(n), out back));
            Assert.Equal(n, back);
        }
    }

    [Theory]
    [InlineData(12, "十二")]
    [InlineData(20, "二十")]
    [InlineData(102, "一百零二")]
    [InlineData(110, "一百一十")]
    [InlineData(1010, "一千零一十")]
    public void Format_positional_form(int n, string expected)
    {
        Assert.Equal(expected, ChineseNumerals.Format(n));
    }
}
