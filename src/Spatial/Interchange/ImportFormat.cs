using FireMap.Spatial.Vocabulary;
using static FireMap.Spatial.Interchange.Field;

namespace FireMap.Spatial.Interchange;

/// <summary>
/// The import format of docs/import-formats.md, written once: every layer in load order with its
/// fields. The service's import and the demo-data generator's self-check both read it; choice
/// fields take their codes from <see cref="Codes"/>, and bounds are those of the database's CHECK
/// constraints and column types (a test holds the documentation to this).
/// </summary>
public static class ImportFormat
{
    // Largest values the numeric(p, 2) columns hold.
    private const double Numeric5 = 999.99;
    private const double Numeric6 = 9999.99;
    private const double Numeric14 = 999_999_999_999.99;

    /// <summary>Most characters of a code or name (and of a reference to a code).</summary>
    public const int MaxNameLength = 200;

    /// <summary>Most characters of any other text (an address, a description, a note; a list's items together).</summary>
    public const int MaxTextLength = 2000;

    /// <summary>
    /// The form of the codes the service gives blockages it records itself (<c>BK000012</c>); an
    /// imported code of this form would collide with a later one.
    /// </summary>
    public const string GeneratedBlockageCodePattern = "^BK[0-9]+$";

    /// <summary>The <c>lon</c> column of a CSV point: WGS84 longitude in decimal degrees.</summary>
    public static FieldFormat Longitude { get; } = Decimal("lon", min: -180, max: 180);

    /// <summary>The <c>lat</c> column of a CSV point: WGS84 latitude in decimal degrees.</summary>
    public static FieldFormat Latitude { get; } = Decimal("lat", min: -90, max: 90);

    /// <summary>Every layer, in load order.</summary>
    public static IReadOnlyList<LayerFormat> Layers { get; } =
    [
        new(1, "communities", "communities", GeometryKind.MultiPolygon, [Text("code", true), Text("name", true)]),
        new(2, "grids", "grids", GeometryKind.MultiPolygon,
            [Text("code", true), Text("name", true), Reference("community_code", "communities", true)]),
        new(3, "compounds", "compounds", GeometryKind.MultiPolygon,
        [
            Text("code", true), Text("name", true), TextList("aliases"), Text("address", true),
            Reference("community_code", "communities", true), Reference("grid_code", "grids"),
            Integer("built_year", min: 1900, max: 2100), Text("property_management_unit"), Text("maintenance_unit"),
            Boolean("is_old", true),
        ]),
        new(4, "buildings", "buildings", GeometryKind.MultiPolygon,
        [
            Text("code", true), Text("name", true), Reference("compound_code", "compounds"),
            Reference("community_code", "communities", true), Text("building_no"), Text("address", true),
            Integer("floors", true, 1, 200), Length("height_m", true, Numeric6), Choice("use_class", Codes.UseClass),
            Integer("built_year", min: 1800, max: 2100), Text("management_unit"), Text("maintenance_unit"),
            Text("chief_name"), Text("chief_phone"),
            Choice("alarm_system", Codes.SystemStatus), Choice("smoke_control_system", Codes.SystemStatus),
            Choice("sprinkler_system", Codes.SystemStatus), Choice("hydrant_system", Codes.SystemStatus),
            Boolean("changed_use"), Boolean("mixed_use"), Count("occupants"),
        ]),
        new(5, "places", "places", GeometryKind.Point,
        [
            Text("code", true), Text("name", true), Choice("category", Codes.PlaceCategory), Text("address", true),
            Reference("community_code", "communities", true), Reference("compound_code", "compounds"),
            Reference("building_code", "buildings"), Count("capacity"), Date("self_inspection_date"), Text("responsible_unit"),
        ]),
        new(6, "roads", "roads", GeometryKind.LineString,
            [Text("code", true), Text("name", true), Choice("road_class", Codes.RoadClass), Length("width_m", false, Numeric5), Boolean("one_way")]),
        new(7, "fire-lanes", "fire_lanes", GeometryKind.LineString,
        [
            Text("code", true), Text("name"), Reference("compound_code", "compounds", true),
            Length("clear_width_m", true, Numeric5), Length("clear_height_m", true, Numeric5),
        ]),
        new(8, "blockages", "blockages", GeometryKind.Point,
        [
            Text("code", true), Reference("lane_code", "fire-lanes", true), Choice("cause", Codes.BlockageCause),
            Decimal("remaining_width_m", true, 0, Numeric5), Timestamp("reported_at", true), Timestamp("cleared_at"), Text("note"),
        ]),
        new(9, "stations", "stations", GeometryKind.Point,
        [
            Text("code", true), Text("name", true), Choice("kind", Codes.StationKind), Text("address", true),
            Reference("community_code", "communities"), Count("staff"), Count("vehicles"),
        ]),
        new(10, "hydrants", "hydrants", GeometryKind.Point,
            [Text("code", true), Choice("kind", Codes.HydrantKind), Choice("status", Codes.HydrantStatus), Text("address")]),
        new(11, "incidents", "incidents", GeometryKind.Point,
        [
            Text("code", true), Timestamp("occurred_at", true), Choice("cause", Codes.IncidentCause),
            Reference("building_code", "buildings"), Reference("place_code", "places"),
            Count("casualties"), Decimal("loss_cny", min: 0, max: Numeric14), Text("description"),
        ]),
        new(12, "hazards", "hazards", GeometryKind.OptionalLonLat,
        [
            Text("code", true), Choice("subject_type", Codes.HazardSubjectType),
            new FieldFormat("subject_code", FieldKind.SubjectReference, true) { MaxLength = MaxNameLength },
            Choice("category", Codes.HazardCategory), Text("description", true), Choice("severity", Codes.HazardSeverity),
            Date("found_on", true), Date("deadline", true), Text("responsible_unit", true),
            Choice("status", Codes.HazardStatus), Boolean("supervised", true), Timestamp("closed_at"), Text("closing_note"),
        ]),
    ];

    /// <summary>
    /// The layer each <see cref="Codes.HazardSubjectType"/> code refers to, for
    /// <see cref="FieldKind.SubjectReference"/> fields.
    /// </summary>
    public static IReadOnlyDictionary<string, string> SubjectLayers { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["building"] = "buildings",
        ["place"] = "places",
        ["compound"] = "compounds",
        ["fire_lane"] = "fire-lanes",
    };

    /// <summary>The layer named <paramref name="name"/> (case-insensitive), or null.</summary>
    /// <param name="name">A layer name such as <c>fire-lanes</c>.</param>
    public static LayerFormat? Find(string name) =>
        Layers.FirstOrDefault(layer => string.Equals(layer.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The layer of <paramref name="name"/>, which must exist.</summary>
    /// <param name="name">A layer name from this format (a reference or a subject layer).</param>
    public static LayerFormat Get(string name) =>
        Find(name) ?? throw new ArgumentOutOfRangeException(nameof(name), name, "not a layer of the import format");
}
