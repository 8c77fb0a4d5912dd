namespace FireMap.Spatial.Geocoding.Parsing;

/// <summary>The 34 province-level divisions with their 2-digit codes (GB/T 2260), built into the parser.</summary>
internal static class Provinces
{
    public static IEnumerable<Division> All { get; } =
    [
        new("北京市", AdministrativeLevel.Province, "11"),
        new("天津市", AdministrativeLevel.Province, "12"),
        new("河北省", AdministrativeLevel.Province, "13"),
        new("山西省", AdministrativeLevel.Province, "14"),
        new("内蒙古自治区", AdministrativeLevel.Province, "15"),
        new("辽宁省", AdministrativeLevel.Province, "21"),
        new("吉林省", AdministrativeLevel.Province, "22"),
        new("黑龙江省", AdministrativeLevel.Province, "23"),
        new("上海市", AdministrativeLevel.Province, "31"),
        new("江苏省", AdministrativeLevel.Province, "32"),
        new("浙江省", AdministrativeLevel.Province, "33"),
        new("安徽省", AdministrativeLevel.Province, "34"),
        new("福建省", AdministrativeLevel.Province, "35"),
        new("江西省", AdministrativeLevel.Province, "36"),
        new("山东省", AdministrativeLevel.Province, "37"),
        new("河南省", AdministrativeLevel.Province, "41"),
        new("湖北省", AdministrativeLevel.Province, "42"),
        new("湖南省", AdministrativeLevel.Province, "43"),
        new("广东省", AdministrativeLevel.Province, "44"),
        new("广西壮族自治区", AdministrativeLevel.Province, "45"),
        new("海南省", AdministrativeLevel.Province, "46"),
        new("重庆市", AdministrativeLevel.Province, "50"),
        new("四川省", AdministrativeLevel.Province, "51"),
        new("贵州省", AdministrativeLevel.Province, "52"),
        new("云南省", AdministrativeLevel.Province, "53"),
        new("西藏自治区", AdministrativeLevel.Province, "54"),
        new("陕西省", AdministrativeLevel.Province, "61"),
        new("甘肃省", AdministrativeLevel.Province, "62"),
        new("青海省", AdministrativeLevel.Province, "63"),
        new("宁夏回族自治区", AdministrativeLevel.Province, "64"),
        new("新疆维吾尔自治区", AdministrativeLevel.Province, "65"),
        new("台湾省", AdministrativeLevel.Province, "71"),
        new("香港特别行政区", AdministrativeLevel.Province, "81"),
        new("澳门特别行政区", AdministrativeLevel.Province, "82"),
    ];
}
