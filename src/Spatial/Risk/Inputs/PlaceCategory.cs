namespace FireMap.Spatial.Risk.Inputs;

/// <summary>Category of a place (场所), as in <c>places.geojson</c>.</summary>
public enum PlaceCategory
{
    /// <summary><c>hotel</c> 宾馆.</summary>
    Hotel,

    /// <summary><c>restaurant</c> 餐饮.</summary>
    Restaurant,

    /// <summary><c>market</c> 市场.</summary>
    Market,

    /// <summary><c>mall</c> 商场.</summary>
    Mall,

    /// <summary><c>entertainment</c> 娱乐场所.</summary>
    Entertainment,

    /// <summary><c>school</c> 学校.</summary>
    School,

    /// <summary><c>hospital</c> 医院.</summary>
    Hospital,

    /// <summary><c>elderly_care</c> 养老机构.</summary>
    ElderlyCare,

    /// <summary><c>epidemic_site</c> 涉疫场所.</summary>
    EpidemicSite,

    /// <summary><c>cultural_heritage</c> 文物建筑.</summary>
    CulturalHeritage,

    /// <summary><c>escape_room</c> 密室逃脱.</summary>
    EscapeRoom,

    /// <summary><c>express_delivery</c> 快递站点.</summary>
    ExpressDelivery,

    /// <summary><c>logistics_warehouse</c> 物流仓储.</summary>
    LogisticsWarehouse,

    /// <summary><c>clean_room_factory</c> 洁净厂房.</summary>
    CleanRoomFactory,

    /// <summary><c>factory</c> 厂房.</summary>
    Factory,

    /// <summary><c>warehouse</c> 仓库.</summary>
    Warehouse,

    /// <summary><c>ebike_charging</c> 电动自行车停放充电场所; scored under the e-bike and electrical factor.</summary>
    EbikeCharging,

    /// <summary><c>energy_storage</c> 储能电站.</summary>
    EnergyStorage,

    /// <summary><c>group_rental</c> 群租房; scored under the group-rental and 三合一 factor.</summary>
    GroupRental,

    /// <summary><c>three_in_one</c> 三合一场所; scored under the group-rental and 三合一 factor.</summary>
    ThreeInOne,
}
