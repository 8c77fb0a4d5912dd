using FireMap.Api.Errors;
using FireMap.Api.Units;
using FireMap.Spatial.Geometry;
using FireMap.Spatial.Vocabulary;

namespace FireMap.Api.Outreach;

/// <summary>
/// An activity as created or changed: the columns given, and where it was held when given (a unit, a place, a point,
/// or only a community and grid for what has no place: a grid's SMS, online sign-ups).
/// </summary>
public sealed record OutreachChange(IReadOnlyDictionary<string, object?> Columns, bool Relocates, long? UnitId, long? PlaceId, GeoPoint? Point,
    string? CommunityCode, string? GridCode, string? Code = null)
{
    private static readonly string[] _locationFields = ["unitId", "placeId", "point", "communityCode", "gridCode"];

    /// <summary>Reads the input of <c>createOutreachActivity</c> (<paramref name="create"/>: kind, heldOn and a location required) or the update.</summary>
    public static OutreachChange From(Dictionary<string, object?> input, DateOnly today, bool create)
    {
        var columns = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (input.TryGetValue("kind", out var kind))
        {
            columns["kind"] = kind is string code && Codes.OutreachKind.Contains(code) ? code : throw Rejection.BadInput("kind", "must be an OutreachKind");
        }

        if (input.TryGetValue("heldOn", out var held))
        {
            columns["held_on"] = held is DateOnly date ? date > today ? throw Rejection.BadInput("heldOn", $"{date:yyyy-MM-dd} is after today ({today:yyyy-MM-dd})") : date
                : throw Rejection.BadInput("heldOn", "must be a date");
        }

        foreach (var (field, column, max) in new[] { ("title", "title", RegisterInput.MaxNameLength), ("venue", "venue", RegisterInput.MaxNameLength), ("note", "note", RegisterInput.MaxTextLength) })
        {
            if (input.ContainsKey(field))
            {
                columns[column] = RegisterInput.Text(input, field, max) ?? "";
            }
        }

        if (input.ContainsKey("audience"))
        {
            columns["audience"] = RegisterInput.Count(input, "audience") ?? throw Rejection.BadInput("audience", "must not be null");
        }

        if (create && (!columns.ContainsKey("kind") || !columns.ContainsKey("held_on")))
        {
            throw Rejection.BadInput(columns.ContainsKey("kind") ? "heldOn" : "kind", "must be given");
        }

        var relocates = create || _locationFields.Any(input.ContainsKey);
        var change = new OutreachChange(columns, relocates, RegisterInput.Id(input, "unitId"), RegisterInput.Id(input, "placeId"), RegisterInput.Point(input),
            RegisterInput.Text(input, "communityCode", 20), RegisterInput.Text(input, "gridCode", 30));
        if (relocates && change.UnitId is null && change.PlaceId is null && change.Point is null && change.CommunityCode is null)
        {
            throw Rejection.BadInput("communityCode", "give a unit, a place, a point or at least the community");
        }

        return !create && columns.Count == 0 && !relocates ? throw Rejection.BadInput("input", "give at least one field to change") : change;
    }
}
