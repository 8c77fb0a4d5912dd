using FireMap.Api.Errors;
using FireMap.Api.Units;
using FireMap.Spatial.Geometry;
using FireMap.Spatial.Vocabulary;

namespace FireMap.Api.Enforcement;

/// <summary>
/// A case as opened or changed: the columns given, the unit, place or point it is against (when opening), and the
/// linked hazards when given (they replace the stored links).
/// </summary>
public sealed record EnforcementChange(IReadOnlyDictionary<string, object?> Columns, long? UnitId, long? PlaceId, GeoPoint? Point,
    IReadOnlyList<long>? HazardIds, string? Code = null)
{
    public const int MaxHazards = 50;

    /// <summary>Reads the input of <c>openEnforcementCase</c> (<paramref name="open"/>) or <c>updateEnforcementCase</c>.</summary>
    public static EnforcementChange From(Dictionary<string, object?> input, DateOnly today, bool open)
    {
        var columns = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (input.TryGetValue("kind", out var kind))
        {
            columns["kind"] = kind is string code && Codes.EnforcementKind.Contains(code) ? code : throw Rejection.BadInput("kind", "must be an EnforcementKind");
        }

        if (input.ContainsKey("party"))
        {
            columns["party"] = RegisterInput.Required(input, "party");
        }

        if (input.ContainsKey("description"))
        {
            columns["description"] = RegisterInput.Text(input, "description", RegisterInput.MaxTextLength) ?? "";
        }

        if (input.ContainsKey("department"))
        {
            columns["department"] = RegisterInput.Text(input, "department");
        }

        if (input.TryGetValue("openedOn", out var opened) && opened is DateOnly openedOn)
        {
            columns["opened_on"] = openedOn > today ? throw Rejection.BadInput("openedOn", $"{openedOn:yyyy-MM-dd} is after today ({today:yyyy-MM-dd})") : openedOn;
        }

        if (input.ContainsKey("deadline"))
        {
            columns["deadline"] = input["deadline"] as DateOnly?;
        }

        if (open)
        {
            if (!columns.ContainsKey("kind"))
            {
                throw Rejection.BadInput("kind", "must be given");
            }

            columns.TryAdd("opened_on", today);
        }

        var change = new EnforcementChange(columns, RegisterInput.Id(input, "unitId"), RegisterInput.Id(input, "placeId"), RegisterInput.Point(input),
            input.ContainsKey("hazardIds") ? RegisterInput.Ids(input, "hazardIds", MaxHazards) : null);
        if (open && change.UnitId is null && change.PlaceId is null && change.Point is null)
        {
            throw Rejection.BadInput("unitId", "give the unit, place or point the case is against");
        }

        return !open && columns.Count == 0 && change.HazardIds is null ? throw Rejection.BadInput("input", "give at least one field to change") : change;
    }
}
