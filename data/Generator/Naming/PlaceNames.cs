namespace FireMap.DemoData.Naming;

/// <summary>Invented shop and venue names, used in order and then reused with a door number.</summary>
internal static class PlaceNames
{
    public static IReadOnlyList<string> Restaurants { get; } =
    [
        "渝香楼餐馆", "老码头火锅", "钢城小面", "山城豆花饭", "巴渝人家", "江湖菜馆", "老灶火锅", "幺妹串串",
        "钢花鸡公煲", "陈记抄手", "张记烤鱼", "王婆兔丁", "老街酸辣粉", "九宫格火锅", "蹄花汤馆", "梯坎豆花",
        "川味小厨", "家常菜馆", "大堰烧烤", "跃进食堂", "钢花面馆", "翠柏私房菜", "松林冷锅鱼", "新山村羊肉汤",
        "好吃街串串香", "渝味轩", "巷子火锅", "板凳面庄", "老院子农家菜", "江边烤鱼", "钢厂老食堂", "红油抄手店",
    ];

    public static IReadOnlyList<string> Hotels { get; } =
    [
        "跃进" + Labels.Place("hotel"), "渝安快捷酒店", "大堰旅馆", "江景酒店", "松林招待所", "翠柏" + Labels.Place("hotel"), "鑫源旅馆", "钢花客栈",
    ];

    public static IReadOnlyList<string> Entertainment { get; } =
    [
        "星光KTV", "极速网咖", "老友棋牌室", "欢唱KTV", "夜色清吧", "快乐游艺厅", "跃进茶馆", "翠柏网吧",
        "大堰棋牌室", "钢花麻将馆", "松林台球室",
    ];

    public static IReadOnlyList<string> EscapeRooms { get; } = ["迷城" + Labels.Place("escape_room"), "暗夜密室", "探秘密室", "时光密室"];

    public static IReadOnlyList<string> Markets { get; } = ["大堰农贸市场", "钢花菜市场", "新山村生鲜市场", "松林综合市场"];

    public static IReadOnlyList<string> Clinics { get; } = ["大堰社区卫生服务站", "松林口腔诊所"];

    /// <summary>Small trades that often share a room with beds: the "three-in-one" premises.</summary>
    public static IReadOnlyList<string> Workshops { get; } =
    [
        "服装加工作坊", "小五金店", "副食店", "家具作坊", "电动车维修店", "包装加工点", "打印复印店", "粮油批发店",
    ];
}
