using FireMap.Api.Errors;
using FireMap.Api.GraphQL;
using FireMap.Spatial.Geometry;
using FireMap.Spatial.Vocabulary;

namespace FireMap.Api.Units;

/// <summary>
/// A unit as created or changed: the columns given (absent ones unchanged), the premises and trainings when given
/// (they replace the stored ones), and the point when given. <see cref="Personal"/> names the personal columns set.
/// </summary>
public sealed record UnitChange(IReadOnlyDictionary<string, object?> Columns, IReadOnlyList<long>? BuildingIds, IReadOnlyList<long>? PlaceIds,
    IReadOnlyList<UnitTraining>? Trainings, GeoPoint? Point, string? Code = null)
{
    public const int MaxPremises = 20;

    private static readonly IReadOnlyDictionary<string, RecordInput.Column> _columns = new Dictionary<string, RecordInput.Column>(StringComparer.Ordinal)
    {
        ["name"] = RecordInput.Text("name"),
        ["kind"] = OneOf("kind", Codes.UnitKind),
        ["address"] = new("address", (field, value) => RecordInput.Text("address").Check(field, value) ?? ""),
        ["keyUnit"] = Flag("is_key_unit"),
        ["responsibleName"] = RecordInput.Text("responsible_name", 50),
        ["responsiblePhone"] = RecordInput.Phone("responsible_phone"),
        ["managerName"] = RecordInput.Text("manager_name", 50),
        ["managerPhone"] = RecordInput.Phone("manager_phone"),
        ["selfInspectedOn"] = RecordInput.Date("self_inspected_on"),
        ["commitmentSignedOn"] = RecordInput.Date("commitment_signed_on"),
        ["commitmentNextDue"] = RecordInput.Date("commitment_next_due"),
        ["commitmentPosted"] = Flag("commitment_posted"),
    };

    /// <summary>The personal columns (<c>AuditRedaction.PersonalColumns</c>) a change may set.</summary>
    public static IReadOnlyList<string> PersonalColumns { get; } = ["responsible_name", "responsible_phone", "manager_name", "manager_phone"];

    public bool Personal => Columns.Keys.Any(PersonalColumns.Contains);

    /// <summary>Reads the input of <c>createUnit</c> (<paramref name="create"/>: name and kind required) or <c>updateUnit</c>.</summary>
    public static UnitChange From(Dictionary<string, object?> input, bool create)
    {
        var columns = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (field, value) in input)
        {
            if (_columns.TryGetValue(field, out var column))
            {
                columns[column.Name] = column.Check(field, value);
            }
        }

        if ((create || columns.ContainsKey("name")) && columns.GetValueOrDefault("name") is null)
        {
            throw Rejection.BadInput("name", "must not be empty");
        }

        if (create && !columns.ContainsKey("kind"))
        {
            throw Rejection.BadInput("kind", "must be given");
        }

        var trainings = input.GetValueOrDefault("trainings") is IEnumerable<object?> list
            ? list.Cast<Dictionary<string, object?>>().Select(t => new UnitTraining((string)t["kind"]!,
                RegisterInput.Count(t, "people") ?? throw Rejection.BadInput("trainings.people", "must be given"), t.GetValueOrDefault("trainedOn") as DateOnly?)).ToList()
            : null;
        if (trainings is not null && trainings.Select(t => t.Kind).Distinct(StringComparer.Ordinal).Count() != trainings.Count)
        {
            throw Rejection.BadInput("trainings", "give each kind of key person once");
        }

        var change = new UnitChange(columns,
            input.ContainsKey("buildingIds") ? RegisterInput.Ids(input, "buildingIds", MaxPremises) : null,
            input.ContainsKey("placeIds") ? RegisterInput.Ids(input, "placeIds", MaxPremises) : null,
            trainings, RegisterInput.Point(input));
        return !create && columns.Count == 0 && change.BuildingIds is null && change.PlaceIds is null && trainings is null && change.Point is null
            ? throw Rejection.BadInput("input", "give at least one field to change")
            : change;
    }

    private static RecordInput.Column OneOf(string name, CodeList list) => new(name, (field, value) =>
        value is string code && list.Contains(code) ? code : throw Rejection.BadInput(field, $"is not a {list.Name}"));

    private static RecordInput.Column Flag(string name) => new(name, (field, value) =>
        value as bool? ?? throw Rejection.BadInput(field, "must not be null"));
}
