using FireMap.DemoData.Geometry;
using FireMap.DemoData.Model;

namespace FireMap.DemoData.Output;

/// <summary>
/// Maps each model to the fields of docs/import-formats.md, in the order listed there. Optional
/// fields are written as null rather than left out, so every feature of a layer has the same keys.
/// </summary>
internal static class FeatureMapper
{
    public static FeatureRecord Map(Community c) => new(c.Geometry, [P("code", c.Code), P("name", c.Name)]);

    public static FeatureRecord Map(GridArea g) =>
        new(g.Geometry, [P("code", g.Code), P("name", g.Name), P("community_code", g.CommunityCode)]);

    public static FeatureRecord Map(Compound c) => new(c.Geometry,
    [
        P("code", c.Code), P("name", c.Name), P("aliases", c.Aliases), P("address", c.Address),
        P("community_code", c.CommunityCode), P("grid_code", c.GridCode), P("built_year", c.BuiltYear),
        P("property_management_unit", c.PropertyManagementUnit), P("maintenance_unit", c.MaintenanceUnit),
        P("is_old", c.IsOld),
    ]);

    public static FeatureRecord Map(Building b) => new(b.Footprint.ToPolygon(),
    [
        P("code", b.Code), P("name", b.Name), P("compound_code", b.CompoundCode), P("community_code", b.CommunityCode),
        P("building_no", b.BuildingNo), P("address", b.Address), P("floors", b.Floors), P("height_m", b.HeightM),
        P("use_class", b.UseClass), P("built_year", b.BuiltYear), P("management_unit", b.ManagementUnit),
        P("maintenance_unit", b.MaintenanceUnit), P("chief_name", b.ChiefName), P("chief_phone", b.ChiefPhone),
        P("alarm_system", b.AlarmSystem), P("smoke_control_system", b.SmokeControlSystem),
        P("sprinkler_system", b.SprinklerSystem), P("hydrant_system", b.HydrantSystem),
        P("changed_use", b.ChangedUse), P("mixed_use", b.MixedUse), P("occupants", b.Occupants),
    ]);

    public static FeatureRecord Map(Place p) => new(Geo.Point(p.Location),
    [
        P("code", p.Code), P("name", p.Name), P("category", p.Category), P("address", p.Address),
        P("community_code", p.CommunityCode), P("compound_code", p.CompoundCode), P("building_code", p.BuildingCode),
        P("capacity", p.Capacity), P("self_inspection_date", p.SelfInspectionDate),
    ]);

    public static FeatureRecord Map(Road r) => new(r.Geometry,
        [P("code", r.Code), P("name", r.Name), P("road_class", r.RoadClass), P("width_m", r.WidthM)]);

    public static FeatureRecord Map(FireLane l) => new(l.Geometry,
    [
        P("code", l.Code), P("name", l.Name), P("compound_code", l.CompoundCode),
        P("clear_width_m", l.ClearWidthM), P("clear_height_m", l.ClearHeightM),
    ]);

    public static FeatureRecord Map(Blockage b) => new(Geo.Point(b.Location),
    [
        P("code", b.Code), P("lane_code", b.LaneCode), P("cause", b.Cause), P("remaining_width_m", b.RemainingWidthM),
        P("reported_at", b.ReportedAt), P("cleared_at", b.ClearedAt), P("note", b.Note),
    ]);

    public static FeatureRecord Map(Station s) => new(Geo.Point(s.Location),
    [
        P("code", s.Code), P("name", s.Name), P("kind", s.Kind), P("address", s.Address),
        P("community_code", s.CommunityCode), P("staff", s.Staff), P("vehicles", s.Vehicles),
    ]);

    public static FeatureRecord Map(Hydrant h) => new(Geo.Point(h.Location),
        [P("code", h.Code), P("kind", h.Kind), P("status", h.Status), P("address", h.Address)]);

    public static FeatureRecord Map(Incident i) => new(Geo.Point(i.Location),
    [
        P("code", i.Code), P("occurred_at", i.OccurredAt), P("cause", i.Cause), P("building_code", i.BuildingCode),
        P("place_code", i.PlaceCode), P("casualties", i.Casualties), P("loss_cny", i.LossCny), P("description", i.Description),
    ]);

    private static KeyValuePair<string, object?> P(string name, object? value) => new(name, value);
}
