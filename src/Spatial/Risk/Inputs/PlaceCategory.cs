using FireMap.Spatial.Vocabulary;

namespace FireMap.Spatial.Risk.Inputs;

/// <summary>Category of a place, as in <c>places.geojson</c>. Labels: <see cref="Codes.PlaceCategory"/>.</summary>
public enum PlaceCategory
{
    /// <summary><c>hotel</c>.</summary>
    Hotel,

    /// <summary><c>restaurant</c>.</summary>
    Restaurant,

    /// <summary><c>market</c>.</summary>
    Market,

    /// <summary><c>mall</c>.</summary>
    Mall,

    /// <summary><c>entertainment</c>.</summary>
    Entertainment,

    /// <summary><c>school</c>.</summary>
    School,

    /// <summary><c>hospital</c>.</summary>
    Hospital,

    /// <summary><c>elderly_care</c>.</summary>
    ElderlyCare,

    /// <summary><c>epidemic_site</c>.</summary>
    EpidemicSite,

    /// <summary><c>cultural_heritage</c>.</summary>
    CulturalHeritage,

    /// <summary><c>escape_room</c>.</summary>
    EscapeRoom,

    /// <summary><c>express_delivery</c>.</summary>
    ExpressDelivery,

    /// <summary><c>logistics_warehouse</c>.</summary>
    LogisticsWarehouse,

    /// <summary><c>clean_room_factory</c>.</summary>
    CleanRoomFactory,

    /// <summary><c>factory</c>.</summary>
    Factory,

    /// <summary><c>warehouse</c>.</summary>
    Warehouse,

    /// <summary><c>ebike_charging</c>; scored under the e-bike and electrical factor.</summary>
    EbikeCharging,

    /// <summary><c>energy_storage</c>.</summary>
    EnergyStorage,

    /// <summary><c>group_rental</c>; scored under the group-rental and three-in-one factor.</summary>
    GroupRental,

    /// <summary><c>three_in_one</c>; scored under the group-rental and three-in-one factor.</summary>
    ThreeInOne,
}
