namespace FireMap.Api.Exports;

/// <summary>Human labels for stored codes, so that exports never show raw enum codes.</summary>
public static class CodeLabels
{
    private static readonly Dictionary<string, (string Zh, string En)> _labels = new(StringComparer.Ordinal)
    {
        ["residential"] = ("住宅", "Residential"), ["office"] = ("办公", "Office"), ["commercial"] = ("商业", "Commercial"),
        ["mixed"] = ("商住混合", "Mixed use"), ["industrial"] = ("工业", "Industrial"), ["warehouse"] = ("仓储", "Warehouse"),
        ["public"] = ("公共建筑", "Public"), ["other"] = ("其他", "Other"),
        ["hotel"] = ("宾馆", "Hotel"), ["restaurant"] = ("餐饮", "Restaurant"), ["market"] = ("市场", "Market"),
        ["mall"] = ("商场", "Mall"), ["entertainment"] = ("娱乐场所", "Entertainment"), ["school"] = ("学校", "School"),
        ["hospital"] = ("医院", "Hospital"), ["elderly_care"] = ("养老机构", "Elderly care"),
        ["epidemic_site"] = ("涉疫场所", "Epidemic-related site"), ["cultural_heritage"] = ("文物建筑", "Cultural heritage"),
        ["escape_room"] = ("密室逃脱", "Escape room"), ["express_delivery"] = ("快递站点", "Express delivery"),
        ["logistics_warehouse"] = ("物流仓储", "Logistics warehouse"), ["clean_room_factory"] = ("洁净厂房", "Clean-room factory"),
        ["factory"] = ("厂房", "Factory"), ["ebike_charging"] = ("电动自行车停放充电场所", "E-bike parking and charging"),
        ["energy_storage"] = ("储能电站", "Energy storage"), ["group_rental"] = ("群租房", "Group rental"),
        ["three_in_one"] = ("三合一场所", "Three-in-one premises"),
        ["above_ground"] = ("地上式", "Above ground"), ["underground"] = ("地下式", "Underground"), ["wall"] = ("墙壁式", "Wall"),
        ["parked_car"] = ("违停车辆", "Parked car"), ["ebike"] = ("电动自行车", "E-bikes"), ["stall"] = ("摊位", "Stall"),
        ["piled_goods"] = ("堆放杂物", "Piled goods"), ["fixed_barrier"] = ("固定障碍物/地桩", "Fixed barrier or post"),
        ["overhead_cable"] = ("架空线缆", "Overhead cable"), ["construction"] = ("施工", "Construction"),
        ["blocked"] = ("堵塞", "Blocked"), ["non_compliant"] = ("不达标", "Non-compliant"), ["narrowed"] = ("占用", "Narrowed"),
        ["clear"] = ("畅通", "Clear"),
        ["ok"] = ("正常", "OK"), ["fault"] = ("故障", "Faulty"), ["absent"] = ("未设置", "Absent"),
    };

    public static string Label(string code, ExportLanguage language) =>
        _labels.TryGetValue(code, out var label) ? (language == ExportLanguage.English ? label.En : label.Zh) : code;

    public static string YesNo(bool value, ExportLanguage language) =>
        language == ExportLanguage.English ? (value ? "yes" : "no") : (value ? "是" : "否");
}
