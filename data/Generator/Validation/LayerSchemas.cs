using static FireMap.DemoData.Validation.FieldKind;

namespace FireMap.DemoData.Validation;

/// <summary>docs/import-formats.md as data, in load order, so that references resolve in that order.</summary>
internal static class LayerSchemas
{
    private static readonly string[] Areas = ["Polygon", "MultiPolygon"];
    private static readonly string[] Points = ["Point"];
    private static readonly string[] Lines = ["LineString"];
    private static readonly string[] Systems = ["ok", "fault", "absent"];

    public static readonly string[] UseClasses = ["residential", "office", "commercial", "mixed", "industrial", "warehouse", "public", "other"];

    public static readonly string[] PlaceCategories =
    [
        "hotel", "restaurant", "market", "mall", "entertainment", "school", "hospital", "elderly_care", "epidemic_site",
        "cultural_heritage", "escape_room", "express_delivery", "logistics_warehouse", "clean_room_factory", "factory",
        "warehouse", "ebike_charging", "energy_storage", "group_rental", "three_in_one",
    ];

    public static readonly string[] RoadClasses = ["arterial", "secondary", "branch", "alley"];
    public static readonly string[] BlockageCauses = ["parked_car", "ebike", "stall", "piled_goods", "fixed_barrier", "overhead_cable", "construction", "other"];
    public static readonly string[] StationKinds = ["fire_station", "micro_station", "volunteer_team"];
    public static readonly string[] HydrantKinds = ["above_ground", "underground", "wall"];
    public static readonly string[] IncidentCauses = ["electrical", "ebike", "cooking", "smoking", "open_flame", "arson", "other"];
    public static readonly string[] SubjectTypes = ["building", "place", "compound", "fire_lane"];
    public static readonly string[] HazardStatuses = ["found", "rectifying", "closed"];

    public static readonly string[] HazardCategories =
    [
        "blocked_exit", "fire_lane_occupied", "ebike_indoor_charging", "electrical_wiring", "extinguisher_missing",
        "alarm_fault", "sprinkler_fault", "hydrant_fault", "flammable_storage", "group_rental", "three_in_one",
        "illegal_construction", "other",
    ];

    public static IReadOnlyList<LayerSchema> All { get; } =
    [
        new("communities.geojson", Areas, [new("code", Text, true), new("name", Text, true)]),
        new("grids.geojson", Areas, [new("code", Text, true), new("name", Text, true), new("community_code", Text, true, References: "communities.geojson")]),
        new("compounds.geojson", Areas,
        [
            new("code", Text, true), new("name", Text, true), new("aliases", TextList), new("address", Text, true),
            new("community_code", Text, true, References: "communities.geojson"), new("grid_code", Text, References: "grids.geojson"),
            new("built_year", Integer, Min: 1900, Max: 2100), new("property_management_unit", Text), new("maintenance_unit", Text),
            new("is_old", Flag, true),
        ]),
        new("buildings.geojson", Areas,
        [
            new("code", Text, true), new("name", Text, true), new("compound_code", Text, References: "compounds.geojson"),
            new("community_code", Text, true, References: "communities.geojson"), new("building_no", Text), new("address", Text, true),
            new("floors", Integer, true, Min: 1, Max: 200), new("height_m", Number, true, Min: 0, MinExclusive: true),
            new("use_class", Choice, true, UseClasses), new("built_year", Integer, Min: 1900, Max: 2100),
            new("management_unit", Text), new("maintenance_unit", Text), new("chief_name", Text), new("chief_phone", Text),
            new("alarm_system", Choice, true, Systems), new("smoke_control_system", Choice, true, Systems),
            new("sprinkler_system", Choice, true, Systems), new("hydrant_system", Choice, true, Systems),
            new("changed_use", Flag), new("mixed_use", Flag), new("occupants", Integer, Min: 0),
        ]),
        new("places.geojson", Points,
        [
            new("code", Text, true), new("name", Text, true), new("category", Choice, true, PlaceCategories), new("address", Text, true),
            new("community_code", Text, true, References: "communities.geojson"), new("compound_code", Text, References: "compounds.geojson"),
            new("building_code", Text, References: "buildings.geojson"), new("capacity", Integer, Min: 0), new("self_inspection_date", Date),
        ]),
        new("roads.geojson", Lines,
            [new("code", Text, true), new("name", Text, true), new("road_class", Choice, true, RoadClasses), new("width_m", Number, Min: 0, MinExclusive: true)]),
        new("fire-lanes.geojson", Lines,
        [
            new("code", Text, true), new("name", Text), new("compound_code", Text, true, References: "compounds.geojson"),
            new("clear_width_m", Number, true, Min: 0, MinExclusive: true), new("clear_height_m", Number, true, Min: 0, MinExclusive: true),
        ]),
        new("blockages.geojson", Points,
        [
            new("code", Text, true), new("lane_code", Text, true, References: "fire-lanes.geojson"), new("cause", Choice, true, BlockageCauses),
            new("remaining_width_m", Number, true, Min: 0), new("reported_at", Time, true), new("cleared_at", Time), new("note", Text),
        ]),
        new("stations.geojson", Points,
        [
            new("code", Text, true), new("name", Text, true), new("kind", Choice, true, StationKinds), new("address", Text, true),
            new("community_code", Text, References: "communities.geojson"), new("staff", Integer, Min: 0), new("vehicles", Integer, Min: 0),
        ]),
        new("hydrants.geojson", Points,
            [new("code", Text, true), new("kind", Choice, true, HydrantKinds), new("status", Choice, true, ["ok", "fault"]), new("address", Text)]),
        new("incidents.geojson", Points,
        [
            new("code", Text, true), new("occurred_at", Time, true), new("cause", Choice, true, IncidentCauses),
            new("building_code", Text, References: "buildings.geojson"), new("place_code", Text, References: "places.geojson"),
            new("casualties", Integer, Min: 0), new("loss_cny", Number, Min: 0), new("description", Text),
        ]),
        new("hazards.csv", [],
        [
            new("code", Text, true), new("subject_type", Choice, true, SubjectTypes), new("subject_code", Text, true),
            new("category", Choice, true, HazardCategories), new("description", Text, true),
            new("severity", Choice, true, ["general", "major"]), new("found_on", Date, true), new("deadline", Date, true),
            new("responsible_unit", Text, true), new("status", Choice, true, HazardStatuses), new("supervised", Flag, true),
            new("closed_at", Time), new("closing_note", Text), new("lon", Number, Min: -180, Max: 180), new("lat", Number, Min: -90, Max: 90),
        ]),
    ];
}
