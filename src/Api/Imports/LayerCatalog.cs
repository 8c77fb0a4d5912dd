using static FireMap.Api.Imports.Field;

namespace FireMap.Api.Imports;

/// <summary>
/// Every importable layer, in load order (a layer only refers to layers before it). The field
/// lists are docs/import-formats.md in code; the database repeats the rules as CHECK constraints.
/// </summary>
public static class LayerCatalog
{
    public static readonly string[] SystemStatus = ["ok", "fault", "absent"];

    public static readonly IReadOnlyList<LayerSpec> Layers =
    [
        new("communities", "communities", GeometryKind.MultiPolygon,
            [Text("code", true), Text("name", true)]),
        new("grids", "grids", GeometryKind.MultiPolygon,
            [Text("code", true), Text("name", true), Reference("community_code", "communities", true)]),
        new("compounds", "compounds", GeometryKind.MultiPolygon,
        [
            Text("code", true), Text("name", true), TextList("aliases"), Text("address", true),
            Reference("community_code", "communities", true), Reference("grid_code", "grids"),
            Integer("built_year", min: 1900, max: 2100), Text("property_management_unit"), Text("maintenance_unit"),
            Boolean("is_old", true),
        ]),
        new("buildings", "buildings", GeometryKind.MultiPolygon,
        [
            Text("code", true), Text("name", true), Reference("compound_code", "compounds"),
            Reference("community_code", "communities", true), Text("building_no"), Text("address", true),
            Integer("floors", true, 1, 200), Decimal("height_m", true, 0.5, 1000),
            Choice("use_class", true, "residential", "office", "commercial", "mixed", "industrial", "warehouse", "public", "other"),
            Integer("built_year", min: 1800, max: 2100), Text("management_unit"), Text("maintenance_unit"),
            Text("chief_name"), Text("chief_phone"),
            Choice("alarm_system", true, SystemStatus), Choice("smoke_control_system", true, SystemStatus),
            Choice("sprinkler_system", true, SystemStatus), Choice("hydrant_system", true, SystemStatus),
            Boolean("changed_use"), Boolean("mixed_use"), Count("occupants"),
        ]),
        new("places", "places", GeometryKind.Point,
        [
            Text("code", true), Text("name", true),
            Choice("category", true, PlaceCategories.All),
            Text("address", true), Reference("community_code", "communities", true),
            Reference("compound_code", "compounds"), Reference("building_code", "buildings"),
            Count("capacity"), Date("self_inspection_date"),
        ]),
        new("roads", "roads", GeometryKind.LineString,
        [
            Text("code", true), Text("name", true), Choice("road_class", true, "arterial", "secondary", "branch", "alley"),
            Decimal("width_m", min: 0.5, max: 200),
        ]),
        new("fire-lanes", "fire_lanes", GeometryKind.LineString,
        [
            Text("code", true), Text("name"), Reference("compound_code", "compounds", true),
            Decimal("clear_width_m", true, 0.1, 100), Decimal("clear_height_m", true, 0.1, 100),
        ]),
        new("blockages", "blockages", GeometryKind.Point,
        [
            Text("code", true), Reference("lane_code", "fire_lanes", true),
            Choice("cause", true, "parked_car", "ebike", "stall", "piled_goods", "fixed_barrier", "overhead_cable", "construction", "other"),
            Decimal("remaining_width_m", true, 0, 100), Timestamp("reported_at", true), Timestamp("cleared_at"), Text("note"),
        ]),
        new("stations", "stations", GeometryKind.Point,
        [
            Text("code", true), Text("name", true), Choice("kind", true, "fire_station", "micro_station", "volunteer_team"),
            Text("address", true), Reference("community_code", "communities"),
            Count("staff"), Count("vehicles"),
        ]),
        new("hydrants", "hydrants", GeometryKind.Point,
        [
            Text("code", true), Choice("kind", true, "above_ground", "underground", "wall"),
            Choice("status", true, "ok", "fault"), Text("address"),
        ]),
        new("incidents", "incidents", GeometryKind.Point,
        [
            Text("code", true), Timestamp("occurred_at", true),
            Choice("cause", true, "electrical", "ebike", "cooking", "smoking", "open_flame", "arson", "other"),
            Reference("building_code", "buildings"), Reference("place_code", "places"),
            Count("casualties"), Decimal("loss_cny", min: 0), Text("description"),
        ]),
        new("hazards", "hazards", GeometryKind.OptionalLonLat,
        [
            Text("code", true), Choice("subject_type", true, HazardSubjects.Types),
            new FieldSpec("subject_code", FieldKind.SubjectReference, true) { Column = "subject_id" },
            Choice("category", true,
                "blocked_exit", "fire_lane_occupied", "ebike_indoor_charging", "electrical_wiring", "extinguisher_missing",
                "alarm_fault", "sprinkler_fault", "hydrant_fault", "flammable_storage", "group_rental", "three_in_one",
                "illegal_construction", "other"),
            Text("description", true), Choice("severity", true, "general", "major"),
            Date("found_on", true), Date("deadline", true), Text("responsible_unit", true),
            Choice("status", true, "found", "rectifying", "closed"), Boolean("supervised", true),
            Timestamp("closed_at"), Text("closing_note"),
        ]),
    ];

    public static LayerSpec? Find(string name) =>
        Layers.FirstOrDefault(layer => string.Equals(layer.Name, name, StringComparison.OrdinalIgnoreCase));
}
