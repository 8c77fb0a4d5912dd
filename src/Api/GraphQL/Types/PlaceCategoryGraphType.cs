namespace FireMap.Api.GraphQL.Types;

/// <summary>The kinds of place the prevention campaign names.</summary>
public sealed class PlaceCategoryGraphType() : CodeEnumGraphType("PlaceCategory", "Kind of gathering or special place.",
    ("hotel", "宾馆 hotel"), ("restaurant", "餐饮 restaurant"), ("market", "市场 market"), ("mall", "商场 mall"),
    ("entertainment", "娱乐场所 entertainment venue"), ("school", "学校 school"), ("hospital", "医院 hospital"),
    ("elderly_care", "养老机构 elderly care"), ("epidemic_site", "涉疫场所 epidemic-related site"),
    ("cultural_heritage", "文物建筑 cultural heritage"), ("escape_room", "密室逃脱 escape room"),
    ("express_delivery", "快递站点 express-delivery site"), ("logistics_warehouse", "物流仓储 logistics warehouse"),
    ("clean_room_factory", "洁净厂房 clean-room factory"), ("factory", "厂房 factory"), ("warehouse", "仓库 warehouse"),
    ("ebike_charging", "电动自行车停放充电场所 e-bike parking and charging"), ("energy_storage", "储能电站 energy-storage station"),
    ("group_rental", "群租房 group rental"), ("three_in_one", "三合一场所 three-in-one premises"));
