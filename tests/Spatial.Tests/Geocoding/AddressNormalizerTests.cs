using FireMap.Spatial.Geocoding.Normalization;

namespace FireMap.Spatial.Tests.Geocoding;

public sealed class AddressNormalizerTests
{
    [Theory]
    [InlineData("跃进村路１２号", "跃进村路12号")]
    [InlineData("ＡＢ座", "AB栋")]
    [InlineData("a座", "A栋")]
    [InlineData("跃进村路 12 号\u3000钢花小区", "跃进村路12号钢花小区")]
    [InlineData("跃进村路12号，钢花小区、3栋。", "跃进村路12号钢花小区3栋")]
    [InlineData("钢花小区（二期）3栋", "钢花小区3栋")]
    [InlineData("钢花小区(近轻轨站)3栋", "钢花小区3栋")]
    [InlineData("3#楼", "3栋")]
    [InlineData("#钢花", "钢花")]
    public void Normalize_width_spaces_punctuation_and_remarks_removed(string input, string expected)
    {
        Assert.Equal(expected, AddressNormalizer.Normalize(input));
    }

    [Theory]
    [InlineData("跃进村路十二号", "跃进村路12号")]
    [InlineData("钢花小区三栋", "钢花小区3栋")]
    [InlineData("星光大道九十号", "星光大道90号")]
    [InlineData("跃进村路一百八十六号", "跃进村路186号")]
    [InlineData("跃进村路一八六号", "跃进村路186号")]
    [InlineData("二〇一室", "201室")]
    [InlineData("二零一室", "201室")]
    [InlineData("廿三号", "23号")]
    [InlineData("两百号", "200号")]
    [InlineData("三单元五楼", "3单元5楼")]
    [InlineData("第三栋", "3栋")]
    [InlineData("育才路一巷", "育才路1巷")]
    [InlineData("钢城大道二支路", "钢城大道2支路")]
    [InlineData("三-二", "3-2")]
    public void Normalize_chinese_numerals_that_count_become_digits(string input, string expected)
    {
        Assert.Equal(expected, AddressNormalizer.Normalize(input));
    }

    // Numerals in names stay: only a following address unit (号 栋 单元 楼 层 室 巷 …) or a 第 makes a number.
    [Theory]
    [InlineData("跃进村一村", "跃进村一村")]
    [InlineData("跃进村一村十二栋", "跃进村一村12栋")]
    [InlineData("五一村三栋", "五一村3栋")]
    [InlineData("大堰二村", "大堰二村")]
    [InlineData("科园二路", "科园二路")]
    [InlineData("两江新区", "两江新区")]
    [InlineData("两栋楼", "两栋楼")]
    [InlineData("三门峡市", "三门峡市")]
    [InlineData("十里花园", "十里花园")]
    public void Normalize_numerals_inside_names_unchanged(string input, string expected)
    {
        Assert.Equal(expected, AddressNormalizer.Normalize(input));
    }

    [Theory]
    [InlineData("3幢", "3栋")]
    [InlineData("3号楼", "3栋")]
    [InlineData("3号楼栋", "3栋")]
    [InlineData("3号栋", "3栋")]
    [InlineData("3座", "3栋")]
    [InlineData("3棟", "3栋")]
    [InlineData("三號樓", "3栋")]
    [InlineData("58号楼5楼", "58栋5楼")]
    [InlineData("苏式专家楼", "苏式专家楼")]
    public void Normalize_building_words_unified_floor_kept(string input, string expected)
    {
        Assert.Equal(expected, AddressNormalizer.Normalize(input));
    }

    [Theory]
    [InlineData("大渡口區", "大渡口区")]
    [InlineData("3単元", "3单元")]
    [InlineData("3單元", "3单元")]
    [InlineData("鋼花小區", "钢花小区")]
    [InlineData("12號", "12号")]
    public void Normalize_traditional_and_variant_characters_simplified(string input, string expected)
    {
        Assert.Equal(expected, AddressNormalizer.Normalize(input));
    }

    [Fact]
    public void Normalize_null_empty()
    {
        Assert.Equal(string.Empty, AddressNormalizer.Normalize(null));
        Assert.Equal(string.Empty, AddressNormalizer.Normalize(" ，。 "));
    }
}
