using FireMap.Spatial.Geocoding.Parsing;

namespace FireMap.Spatial.Tests.Geocoding;

public sealed class AddressParserTests
{
    private static readonly AddressParser Parser = new(new AddressParserOptions
    {
        Divisions = AdministrativeDivisions.BuiltIn.With(
        [
            new Division("大渡口区", AdministrativeLevel.District, "500104"),
            new Division("跃进村街道", AdministrativeLevel.Subdistrict, "500104002"),
            new Division("钢花社区", AdministrativeLevel.Community, "500104002002"),
        ]),
        Roads = ["跃进村路", "钢城大道", "育才路一巷"],
    });

    [Fact]
    public void Parse_full_address_every_level()
    {
        var p = Parser.Parse("重庆市大渡口区跃进村街道钢花社区跃进村路186号跃进村一村12栋3单元5-2");

        Assert.Equal(("重庆市", "50"), (p.Province?.Name, p.Province?.Code));
        Assert.Equal(("大渡口区", "500104"), (p.District?.Name, p.District?.Code));
        Assert.Equal("跃进村街道", p.Subdistrict?.Name);
        Assert.Equal("钢花社区", p.Community?.Name);
        Assert.Equal(("跃进村路", "186", true), (p.Road, p.HouseNumber, p.IsKnownRoad));
        Assert.Equal(("跃进村一村", "12", "3", "5", "2"), (p.Name, p.Building, p.Unit, p.Floor, p.Room));
    }

    [Theory]
    [InlineData("跃进村路186号跃进村一村12栋")]
    [InlineData("大渡口区跃进村路186号跃进村一村12栋")]
    [InlineData("重庆大渡口跃进村路186号跃进村一村12栋")]
    [InlineData("跃进村街道 跃进村路一百八十六号 跃进村一村十二号楼")]
    public void Parse_prefix_dropped_or_shortened_same_road_name_building(string address)
    {
        var p = Parser.Parse(address);

        Assert.Equal(("跃进村路", "186", "跃进村一村", "12"), (p.Road, p.HouseNumber, p.Name, p.Building));
    }

    [Theory]
    [InlineData("钢城大道55号钢城中学宿舍1栋底层1号门面", "钢城中学宿舍", "1", "底层", "1号门面", null)]
    [InlineData("钢城大道6号大堰二村1栋旁", "大堰二村", "1", null, null, "旁")]
    [InlineData("钢城大道6号跃进新城3-2-501", "跃进新城", "3", null, "501", null)]
    [InlineData("钢城大道6号跃进新城17-11", "跃进新城", null, "17", "11", null)]
    [InlineData("钢城大道6号中渝都会9号27楼", "中渝都会", "9", "27", null, null)]
    [InlineData("钢城大道6号钢港物流1号仓库", "钢港物流1号仓库", null, null, null, null)]
    [InlineData("钢城大道6号钢花小区3栋2单元501", "钢花小区", "3", null, "501", null)]
    [InlineData("钢城大道6号钢花小区3栋靠马路那边", "钢花小区", "3", null, null, "靠马路那边")]
    public void Parse_tail_building_floor_room_remark(string address, string name, string? building, string? floor, string? room, string? remark)
    {
        var p = Parser.Parse(address);

        Assert.Equal((name, building, floor, room, remark), (p.Name, p.Building, p.Floor, p.Room, p.Remark));
    }

    [Theory]
    [InlineData("钢花小区3栋", "钢花小区")]
    [InlineData("跃进农贸市场", "跃进农贸市场")]
    [InlineData("钢城国际社区2栋", "钢城国际社区")]
    [InlineData("滨江工业园区", "滨江工业园区")]
    public void Parse_names_ending_like_divisions_not_taken_for_divisions(string address, string name)
    {
        var p = Parser.Parse(address);

        Assert.Equal(name, p.Name);
        Assert.Null(p.District);
        Assert.Null(p.City);
        Assert.Null(p.Community);
    }

    [Theory]
    [InlineData("重庆市九龙坡区奥体路1号", "九龙坡区", "奥体路", "1")]
    [InlineData("重庆市北部新区金开大道西段106号", "北部新区", "金开大道", "106")]
    [InlineData("重庆市江北区育才路一巷5号", "江北区", "育才路1巷", "5")]
    public void Parse_unknown_district_and_road_by_suffix(string address, string district, string road, string number)
    {
        var p = Parser.Parse(address);

        Assert.Equal((district, road, number), (p.District?.Name, p.Road, p.HouseNumber));
    }

    [Fact]
    public void Parse_blank_empty_result()
    {
        var p = Parser.Parse("  ");

        Assert.Equal((string.Empty, string.Empty, null), (p.Normalized, p.Name, p.Road));
    }
}
