using FireMap.DemoData.Geometry;

namespace FireMap.DemoData.Model;

/// <summary>A building with its footprint in local metres. Chief fields are personal data (fake here).</summary>
internal sealed record Building(
    string Code,
    string Name,
    string? CompoundCode,
    string CommunityCode,
    string? BuildingNo,
    string Address,
    int Floors,
    double HeightM,
    string UseClass,
    int? BuiltYear,
    string? ManagementUnit,
    string? MaintenanceUnit,
    string? ChiefName,
    string? ChiefPhone,
    string AlarmSystem,
    string SmokeControlSystem,
    string SprinklerSystem,
    string HydrantSystem,
    bool ChangedUse,
    bool MixedUse,
    int? Occupants,
    OrientedRect Footprint);
