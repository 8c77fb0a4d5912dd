namespace FireMap.Api.Imports;

/// <summary>The kinds of place the seed plan names, as stored codes.</summary>
public static class PlaceCategories
{
    public static readonly string[] All =
    [
        "hotel", "restaurant", "market", "mall", "entertainment", "school", "hospital", "elderly_care",
        "epidemic_site", "cultural_heritage", "escape_room", "express_delivery", "logistics_warehouse",
        "clean_room_factory", "factory", "warehouse", "ebike_charging", "energy_storage", "group_rental", "three_in_one",
    ];
}
