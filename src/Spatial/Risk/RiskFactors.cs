namespace FireMap.Spatial.Risk;

/// <summary>Keys, sides and labels of <see cref="RiskFactor"/>, for storage, charts and exports.</summary>
public static class RiskFactors
{
    /// <summary>Number of factors; every score carries exactly this many contributions.</summary>
    public static readonly int Count = Enum.GetValues<RiskFactor>().Length;

    /// <summary>All factors in contribution order.</summary>
    public static IReadOnlyList<RiskFactor> All { get; } = Enum.GetValues<RiskFactor>();

    /// <summary>Stable snake_case key, e.g. <c>open_hazards</c>, <c>fire_lane_access</c>; use it as a column or JSON key.</summary>
    /// <param name="factor">The factor.</param>
    public static string Key(this RiskFactor factor) => RiskCodes.ToCode(factor);

    /// <summary>Which side of likelihood × consequence the factor is on.</summary>
    /// <param name="factor">The factor.</param>
    public static RiskSide Side(this RiskFactor factor) => factor switch
    {
        RiskFactor.Baseline => RiskSide.Baseline,
        < RiskFactor.Occupants => RiskSide.Likelihood,
        _ => RiskSide.Consequence,
    };

    /// <summary>Chinese label for charts and exports.</summary>
    /// <param name="factor">The factor.</param>
    public static string ChineseName(this RiskFactor factor) => factor switch
    {
        RiskFactor.Baseline => "基准风险",
        RiskFactor.OpenHazards => "未整改隐患",
        RiskFactor.OverdueHazards => "逾期未整改隐患",
        RiskFactor.SupervisedHazards => "挂牌督办隐患",
        RiskFactor.AlarmSystem => "火灾自动报警系统",
        RiskFactor.SmokeControlSystem => "防排烟系统",
        RiskFactor.SprinklerSystem => "自动喷水灭火系统",
        RiskFactor.HydrantSystem => "室内消火栓系统",
        RiskFactor.BuildingAge => "建筑年代",
        RiskFactor.NoPropertyManagement => "无物业管理",
        RiskFactor.OldCompound => "老旧小区",
        RiskFactor.EbikeElectrical => "电动自行车与电气隐患",
        RiskFactor.MixedOrChangedUse => "混合使用或改变使用性质",
        RiskFactor.GroupRentalThreeInOne => "群租房与三合一场所",
        RiskFactor.OccupancyHazard => "使用性质火灾危险性",
        RiskFactor.NearbyIncidents => "周边历史火灾",
        RiskFactor.HolidayPeriod => "节假日与重大活动期间",
        RiskFactor.Occupants => "人员数量",
        RiskFactor.Height => "建筑高度",
        RiskFactor.VulnerableResidents => "重点关爱人员",
        RiskFactor.GatheringCapacity => "人员密集场所容量",
        RiskFactor.FireLaneAccess => "消防车通道",
        RiskFactor.FireStationDistance => "距消防救援站距离",
        RiskFactor.MicroStationDistance => "距微型消防站距离",
        _ => throw new ArgumentOutOfRangeException(nameof(factor), factor, null),
    };

    /// <summary>English label for charts and exports.</summary>
    /// <param name="factor">The factor.</param>
    public static string EnglishName(this RiskFactor factor) => factor switch
    {
        RiskFactor.Baseline => "Baseline",
        RiskFactor.OpenHazards => "Open hazards",
        RiskFactor.OverdueHazards => "Overdue hazards",
        RiskFactor.SupervisedHazards => "Supervised hazards",
        RiskFactor.AlarmSystem => "Fire alarm system",
        RiskFactor.SmokeControlSystem => "Smoke control system",
        RiskFactor.SprinklerSystem => "Sprinkler system",
        RiskFactor.HydrantSystem => "Indoor hydrant system",
        RiskFactor.BuildingAge => "Building age",
        RiskFactor.NoPropertyManagement => "No property management",
        RiskFactor.OldCompound => "Old compound",
        RiskFactor.EbikeElectrical => "E-bike and electrical",
        RiskFactor.MixedOrChangedUse => "Mixed or changed use",
        RiskFactor.GroupRentalThreeInOne => "Group rental and three-in-one",
        RiskFactor.OccupancyHazard => "Occupancy hazard",
        RiskFactor.NearbyIncidents => "Fires nearby",
        RiskFactor.HolidayPeriod => "Holiday or major event",
        RiskFactor.Occupants => "Occupants",
        RiskFactor.Height => "Height",
        RiskFactor.VulnerableResidents => "Vulnerable residents",
        RiskFactor.GatheringCapacity => "Gathering capacity",
        RiskFactor.FireLaneAccess => "Fire-lane access",
        RiskFactor.FireStationDistance => "Fire station distance",
        RiskFactor.MicroStationDistance => "Micro station distance",
        _ => throw new ArgumentOutOfRangeException(nameof(factor), factor, null),
    };
}
