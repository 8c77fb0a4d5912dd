namespace FireMap.Api.GraphQL.Types;

/// <summary>What obstructs a fire lane.</summary>
public sealed class BlockageCauseGraphType() : CodeEnumGraphType("BlockageCause", "What obstructs a fire lane.",
    ("parked_car", "违停车辆 parked car"), ("ebike", "电动自行车 e-bikes"), ("stall", "摊位 stall"),
    ("piled_goods", "堆放杂物 piled goods"), ("fixed_barrier", "固定障碍物/地桩 fixed barrier or post"),
    ("overhead_cable", "架空线缆 overhead cable"), ("construction", "施工 construction"), ("other", "其他 other"));
