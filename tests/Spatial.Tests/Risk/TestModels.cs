using FireMap.Spatial.Risk.Model;

namespace FireMap.Spatial.Tests.Risk;

/// <summary>The shipped model and a round-number model whose results can be worked out by hand.</summary>
internal static class TestModels
{
    public static readonly DateOnly AsOf = new(2026, 11, 29);

    private static readonly Lazy<RiskModel> _shipped = new(() => RiskModel.Load(ShippedPath));

    public static string ShippedPath => Path.Combine(RepositoryRoot(), "data", "risk", "model-v1.json");

    public static RiskModel Shipped => _shipped.Value;

    private static readonly Lazy<RiskModel> _routed = new(() => RiskModel.Load(Path.Combine(RepositoryRoot(), "data", "risk", "model-v2.json")));

    /// <summary>The shipped model v2: v1 with the station factors on routed time.</summary>
    public static RiskModel Routed => _routed.Value;

    /// <summary>
    /// Scales of 10 points on both sides and baselines of 2, so L0 = C0 = 1 − e^−0.2; every cap is out of
    /// the way (100) unless a test sets one. Reach: fire station 30 km/h × 4 min = 2000 m, micro station
    /// 15 km/h × 2 min = 500 m, detour 1.
    /// </summary>
    public static RiskModel Simple { get; } = RiskModel.Parse(SimpleJson, "simple test model");

    public static string SimpleJson => """
        {
          "version": "test-simple",
          "likelihood": {
            "baseline_points": 2, "scale_points": 10,
            "open_hazards": { "general_points": 2, "major_points": 5, "cap": 100 },
            "overdue_hazards": { "multiplier": 2, "cap": 100 },
            "supervised_hazards": { "points_each": 3, "cap": 100 },
            "alarm_system": { "fault_points": 4, "absent_high_rise_points": 4, "absent_other_points": 1 },
            "smoke_control_system": { "fault_points": 4, "absent_high_rise_points": 4, "absent_other_points": 1 },
            "sprinkler_system": { "fault_points": 4, "absent_high_rise_points": 4, "absent_other_points": 1 },
            "hydrant_system": { "fault_points": 4, "absent_high_rise_points": 4, "absent_other_points": 1 },
            "building_age": { "grace_years": 10, "points_per_year": 0.1, "cap": 5, "unknown_points": 2 },
            "no_property_management_points": 3,
            "old_compound_points": 1,
            "ebike_electrical": { "charging_place_points": 2, "cap": 100 },
            "mixed_or_changed_use": { "mixed_use_points": 1, "changed_use_points": 2 },
            "group_rental_three_in_one": { "group_rental_place_points": 3, "three_in_one_place_points": 4, "cap": 100 },
            "occupancy_hazard": { "use_class_points": { "warehouse": 1 }, "place_category_points": { "energy_storage": 5 }, "cap": 100 },
            "nearby_incidents": { "radius_meters": 100, "window_days": 100, "points_each": 10, "cap": 100 }
          },
          "consequence": {
            "baseline_points": 2, "scale_points": 10,
            "occupants": { "points_per_100": 1, "cap": 100 },
            "height": { "high_rise_points": 2, "points_per_metre_above": 0.1, "cap": 100 },
            "vulnerable_residents": { "points_each": 0.5, "cap": 100 },
            "gathering_capacity": { "points_per_100": 1, "cap": 100, "categories": ["hotel", "school"] },
            "fire_lane_access": { "points_per_metre_width_short": 2, "points_per_metre_height_short": 1, "points_per_active_blockage": 1, "no_lane_points": 1, "cap": 100 },
            "fire_station_distance": { "turnout_minutes": 1, "speed_kmh": 30, "detour_factor": 1, "points_per_km_beyond": 1, "cap": 100 },
            "micro_station_distance": { "turnout_minutes": 1, "speed_kmh": 15, "detour_factor": 1, "points_per_km_beyond": 2, "cap": 100 }
          },
          "compound": { "max_weight": 0.5 },
          "levels": { "major": 40, "significant": 30, "general": 20 },
          "holiday_periods": [ { "name": "test holiday", "from": "2027-02-05", "to": "2027-02-20", "factor": 1.5 } ]
        }
        """;

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FireMap.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"FireMap.sln not found above {AppContext.BaseDirectory}");
    }
}
