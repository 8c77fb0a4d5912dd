using FireMap.DemoData.Layout;
using FireMap.DemoData.Naming;

namespace FireMap.DemoData.Generation;

/// <summary>What stands on each non-residential block. All names are invented.</summary>
internal static class SpecialBuildings
{
    public static IReadOnlyList<BuildingTemplate> For(BlockKind kind, int nth) => kind switch
    {
        BlockKind.Commercial => Commercial,
        BlockKind.Hospital => Hospital,
        BlockKind.School => School,
        BlockKind.Heritage => Heritage,
        BlockKind.Industrial => nth == 0 ? WorksWest : WorksEast,
        _ => [],
    };

    private static readonly BuildingTemplate[] Commercial =
    [
        new("钢城购物中心", "commercial", 5, 6, 90, 60, 2008, 2012, "重庆钢城商业管理有限公司"),
        new("跃进商业广场A座", "office", 26, 30, 36, 30, 2014, 2016, "重庆渝跃物业服务有限公司"),
        new("跃进商业广场B座", "mixed", 24, 28, 36, 30, 2014, 2016, "重庆渝跃物业服务有限公司"),
        new("钢城商务酒店", "commercial", 11, 13, 45, 18, 2005, 2010, "重庆钢城商务酒店有限公司"),
        new("翠柏百货大楼", "commercial", 4, 6, 60, 40, 1996, 1999, "重庆翠柏百货有限公司"),
        new("钢城影城", "commercial", 3, 4, 45, 32, 2012, 2015, "重庆钢城商业管理有限公司"),
        new("跃进村街道便民服务中心", "office", 5, 6, 40, 16, 2003, 2006, "跃进村街道办事处"),
    ];

    private static readonly BuildingTemplate[] Hospital =
    [
        new("钢城医院住院楼", "public", 15, 17, 48, 18, 2009, 2011, "重庆钢城医院"),
        new("钢城医院门诊楼", "public", 5, 6, 55, 24, 2001, 2004, "重庆钢城医院"),
        new("跃进村农贸市场", "commercial", 2, 3, 70, 45, 1992, 1998, "重庆跃进农贸市场管理有限公司"),
        new("跃进村街道社区卫生服务中心", "public", 4, 5, 36, 16, 1998, 2003, "跃进村街道社区卫生服务中心"),
        new("跃进村街道办事处", "office", 6, 7, 42, 16, 2000, 2003, "跃进村街道办事处"),
        new("钢城派出所", "public", 4, 5, 34, 15, 2002, 2006, "钢城派出所"),
    ];

    private static readonly BuildingTemplate[] School =
    [
        new("钢城中学教学楼", "public", 5, 6, 72, 17, 2004, 2008, "重庆市钢城中学"),
        new("跃进村小学教学楼", "public", 4, 5, 62, 16, 1999, 2004, "跃进村小学"),
        new("钢城中学实验楼", "public", 4, 5, 45, 15, 2006, 2009, "重庆市钢城中学"),
        new("钢城中学学生宿舍", "public", 6, 6, 50, 13, 2006, 2009, "重庆市钢城中学"),
        new("跃进村小学综合楼", "public", 3, 4, 40, 16, 2010, 2013, "跃进村小学"),
        new("跃进村幼儿园", "public", 3, 3, 36, 22, 2012, 2015, "跃进村幼儿园"),
    ];

    // Works buildings of the 1940s–50s, now listed as heritage (文物建筑), beside newer care homes.
    private static readonly BuildingTemplate[] Heritage =
    [
        new("跃进村文化活动中心", "public", 3, 3, 40, 26, 2008, 2010, "跃进村街道办事处"),
        new("跃进村养老院", "public", 5, 6, 44, 15, 2010, 2013, "重庆跃进养老服务中心"),
        new("跃进村老礼堂", "public", 2, 2, 36, 24, 1956, 1958, "大渡口区文物管理所"),
        new("钢铁厂旧址办公楼", "public", 3, 3, 46, 14, 1940, 1942, "大渡口区文物管理所"),
        new("苏式专家楼", "public", 3, 3, 32, 12, 1954, 1957, "大渡口区文物管理所"),
    ];

    private static readonly BuildingTemplate[] WorksWest =
    [
        new("钢港物流1号" + Labels.Place("warehouse"), "warehouse", 2, 2, 90, 40, 2011, 2014, "重庆钢港物流有限公司"),
        new("钢城机械厂1号" + Labels.Place("factory"), "industrial", 2, 3, 80, 36, 1988, 1995, "重庆钢城机械厂"),
        new("渝芯电子" + Labels.Place("clean_room_factory"), "industrial", 3, 4, 72, 36, 2016, 2019, "重庆渝芯电子有限公司"),
        new("钢城机械厂2号" + Labels.Place("factory"), "industrial", 2, 2, 70, 30, 1988, 1995, "重庆钢城机械厂"),
        new("跃进印刷厂" + Labels.Place("factory"), "industrial", 2, 3, 50, 24, 1985, 1992, "重庆跃进印刷厂"),
        new("建材" + Labels.Place("warehouse"), "warehouse", 2, 2, 50, 30, 1998, 2004, "重庆跃进建材有限公司"),
        new("钢港园区综合楼", "office", 5, 6, 40, 15, 2011, 2014, "重庆钢港物流有限公司"),
        new("五金" + Labels.Place("warehouse"), "warehouse", 2, 2, 40, 24, 1995, 2002, "重庆钢运五金有限公司", ChangedUse: true),
    ];

    private static readonly BuildingTemplate[] WorksEast =
    [
        new("渝西物流中心仓", "warehouse", 2, 2, 96, 42, 2013, 2017, "重庆渝西物流有限公司"),
        new("顺达" + Labels.Place("logistics_warehouse"), "warehouse", 2, 2, 70, 36, 2009, 2012, "重庆顺达物流有限公司"),
        new("大渡口五金加工厂", "industrial", 2, 3, 60, 28, 1990, 1998, "重庆大渡口五金加工厂"),
        new("康泰医疗器械洁净车间", "industrial", 3, 3, 60, 30, 2018, 2021, "重庆康泰医疗器械有限公司"),
        new("精工光学" + Labels.Place("clean_room_factory"), "industrial", 3, 4, 56, 30, 2017, 2020, "重庆精工光学有限公司"),
        new("汽配加工厂", "industrial", 2, 2, 56, 26, 2003, 2008, "重庆跃进汽配有限公司"),
        new("新型建材厂", "industrial", 2, 2, 60, 30, 2006, 2010, "重庆钢城新型建材有限公司"),
        new("跃进冷链" + Labels.Place("warehouse"), "warehouse", 2, 3, 60, 30, 2015, 2018, "重庆跃进冷链物流有限公司"),
        new("食品加工厂", "industrial", 2, 3, 50, 26, 2000, 2005, "重庆松林食品有限公司"),
        new("粮油" + Labels.Place("warehouse"), "warehouse", 2, 2, 44, 26, 1992, 1997, "重庆大堰粮油有限公司"),
        new("家具" + Labels.Place("warehouse"), "warehouse", 2, 2, 46, 28, 2004, 2009, "重庆翠柏家具有限公司", ChangedUse: true),
        new("日杂" + Labels.Place("warehouse"), "warehouse", 2, 2, 38, 22, 1996, 2001, "重庆松青日杂有限公司"),
    ];
}
