using FireMap.Spatial.Vocabulary;

namespace FireMap.Api.Lists;

/// <summary>
/// Header and gap words of the three lists that are not code labels. Words that are code labels
/// (community, compound, status, severity, deadline, …) come from <see cref="Codes"/>.
/// </summary>
internal static class ListWords
{
    private static readonly Dictionary<string, (string Chinese, string English)> _words = new(StringComparer.Ordinal)
    {
        ["inventory"] = ("底数清单", "Inventory"),
        ["hazards"] = ("隐患清单", "Hazards"),
        ["responsibility"] = ("整改责任清单", "Responsibility"),
        ["summary"] = ("街道汇总", "Summary"),
        ["kind"] = ("类型", "Kind"),
        ["name"] = ("名称", "Name"),
        ["high_rise"] = ("高层建筑", "High-rise building"),
        ["height_m"] = ("高度（米）", "Height (m)"),
        ["floors"] = ("层数", "Floors"),
        ["management_unit"] = ("管理单位", "Management unit"),
        ["maintenance_unit"] = ("维保单位", "Maintenance contractor"),
        ["alarm_system"] = ("火灾报警系统", "Alarm system"),
        ["smoke_control_system"] = ("防排烟系统", "Smoke control"),
        ["sprinkler_system"] = ("自动喷水灭火系统", "Sprinklers"),
        ["hydrant_system"] = ("室内消火栓系统", "Indoor hydrants"),
        ["old_compound"] = ("老旧小区", "Old compound"),
        ["property_management_unit"] = ("物业服务企业", "Property management"),
        ["place_category"] = ("场所类别", "Place category"),
        ["self_inspection_date"] = ("自查日期", "Self-inspection date"),
        ["gaps"] = ("缺项", "Gaps"),
        ["rows"] = ("条目数", "Rows"),
        ["rows_with_gaps"] = ("有缺项条目数", "Rows with gaps"),
        ["open"] = ("未销号", "Open"),
        ["overdue"] = ("逾期", "Overdue"),
        ["gap_property_management"] = ("无物业", "no property management"),
        ["gap_responsible_unit"] = ("缺责任单位", "no responsible unit"),
        ["gap_self_inspection"] = ("未自查", "no self-inspection"),
        ["gap_responsible_person"] = ("缺责任人", "no responsible person"),
    };

    public static string Word(string key, Language language) =>
        language == Language.English ? _words[key].English : _words[key].Chinese;

    /// <summary>The gap words of <paramref name="keys"/> joined for one cell; empty when nothing is missing. A building's gaps are <see cref="Codes.BuildingGap"/> labels.</summary>
    public static string Gaps(IEnumerable<string> keys, Language language) =>
        string.Join(language == Language.English ? "; " : "、",
            keys.Select(key => Codes.BuildingGap.Codes.Contains(key) ? Codes.BuildingGap.Label(key, language) : Word("gap_" + key, language)));
}
