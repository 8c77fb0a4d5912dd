namespace FireMap.Api.Blockages;

/// <summary>What obstructs a fire lane, as stored codes.</summary>
public static class BlockageCauses
{
    public static readonly string[] All =
        ["parked_car", "ebike", "stall", "piled_goods", "fixed_barrier", "overhead_cable", "construction", "other"];
}
