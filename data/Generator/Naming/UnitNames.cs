namespace FireMap.DemoData.Naming;

/// <summary>Invented company and unit names; none refers to a real company.</summary>
internal static class UnitNames
{
    public static IReadOnlyList<string> PropertyManagement { get; } =
    [
        "重庆钢花物业管理有限公司",
        "重庆渝跃物业服务有限公司",
        "重庆翠柏物业管理有限公司",
        "重庆江岸物业服务有限公司",
        "重庆松林物业管理有限公司",
        "重庆锦宏物业服务有限公司",
        "重庆大堰物业管理有限公司",
        "重庆恒悦物业服务有限公司",
    ];

    /// <summary>Fire-facility maintenance contractors (消防设施维保单位).</summary>
    public static IReadOnlyList<string> Maintenance { get; } =
    [
        "重庆渝安消防设施维保有限公司",
        "重庆钢城消防技术服务有限公司",
        "重庆安泰消防工程有限公司",
        "重庆卫士消防设施检测有限公司",
        "重庆江城消防技术服务有限公司",
    ];

    public static string ResidentsCommittee(string communityName) => communityName + "居民委员会";
}
