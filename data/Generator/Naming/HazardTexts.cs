namespace FireMap.DemoData.Naming;

/// <summary>Wording of hazard list entries (隐患描述) and of closing notes (销号意见).</summary>
internal static class HazardTexts
{
    private static readonly Dictionary<string, string[]> Descriptions = new()
    {
        ["blocked_exit"] = ["安全出口上锁，疏散通道堆放杂物", "疏散楼梯间堆放废旧家具"],
        ["fire_lane_occupied"] = ["消防车通道被车辆长期占用", "私设地桩、隔离墩占用消防车通道"],
        ["ebike_indoor_charging"] = ["电动自行车进楼入户，楼道内飞线充电", "电动自行车在门厅内停放充电"],
        ["electrical_wiring"] = ["电气线路私拉乱接，绝缘层老化破损", "配电箱周边堆放可燃物，线路未穿管保护"],
        ["extinguisher_missing"] = ["灭火器缺失或压力不足", "灭火器过期未检，未建立检查记录"],
        ["alarm_fault"] = ["火灾自动报警系统故障，控制器屏蔽多个点位", "火灾报警控制器长期处于故障状态"],
        ["sprinkler_fault"] = ["自动喷水灭火系统末端试水压力不足", "喷淋系统信号阀处于关闭状态"],
        ["hydrant_fault"] = ["室内消火栓无水，水带水枪缺失", "消火栓箱被遮挡，栓口锈蚀"],
        ["flammable_storage"] = ["违规存放液化石油气钢瓶", "违规储存油漆、稀释剂等易燃液体"],
        ["group_rental"] = ["隔断分租形成群租，人员密集，疏散困难", "群租房内使用可燃材料隔断"],
        ["three_in_one"] = ["住宿与生产经营场所未有效分隔（三合一）", "经营区域内违规设置住人阁楼"],
        ["illegal_construction"] = ["违章搭建彩钢板房", "屋顶违章加层，占用防火间距"],
        ["other"] = ["消防安全制度未落实，未开展防火巡查", "员工未参加消防安全培训"],
    };

    private static readonly Dictionary<string, string> ClosingNotes = new()
    {
        ["blocked_exit"] = "已清理疏散通道并解除门锁，复查合格",
        ["fire_lane_occupied"] = "已清理占用车辆和杂物，施划禁停标线，现场复核通过",
        ["ebike_indoor_charging"] = "已清出楼道电动自行车，引导至集中充电点，复查合格",
        ["electrical_wiring"] = "已重新敷设线路并穿管保护，复查合格",
        ["extinguisher_missing"] = "已按要求配齐灭火器并建立检查台账",
        ["alarm_fault"] = "维保单位已修复报警系统，联动测试正常",
        ["sprinkler_fault"] = "维保单位已修复喷淋系统，末端试水正常",
        ["hydrant_fault"] = "已恢复供水并补齐水带水枪，测试正常",
        ["flammable_storage"] = "已清运易燃易爆物品，复查合格",
        ["group_rental"] = "已拆除隔断、清退超员住户，复查合格",
        ["three_in_one"] = "已实现住宿与经营场所防火分隔，复查合格",
        ["illegal_construction"] = "已拆除违章搭建，复查合格",
        ["other"] = "已整改完毕，复查合格，予以销号",
    };

    public static string ClosingNote(string category) => ClosingNotes[category];

    public static string Describe(string category, string subjectName, Random rng)
    {
        var options = Descriptions[category];
        var text = options[rng.Next(options.Length)];
        // A lane's own name already says "消防车道"; do not say it twice.
        return subjectName.EndsWith("消防车道", StringComparison.Ordinal) && text.StartsWith("消防车通道", StringComparison.Ordinal)
            ? subjectName + text["消防车通道".Length..]
            : subjectName + text;
    }
}
