using System.Globalization;
using FireMap.Api.Access;
using FireMap.Api.Errors;
using FireMap.Spatial.Geometry;
using GraphQL;

namespace FireMap.Api.Hazards;

/// <summary>Reads and checks the hazard fields' arguments; a bad value is BAD_USER_INPUT naming it, before any SQL runs.</summary>
internal static class HazardInputs
{
    public const int MaxTextLength = 500;
    public const int MaxNameLength = 100;

    public static ReportHazard Report(Dictionary<string, object?> input)
    {
        var subjectType = input.GetValueOrDefault("subjectType") as string;
        var subjectText = input.GetValueOrDefault("subjectId")?.ToString();
        var point = input.GetValueOrDefault("point") as Dictionary<string, object?>;
        if ((subjectType is null) != (subjectText is null))
        {
            throw Rejection.BadInput(subjectType is null ? "subjectType" : "subjectId", "give subjectType and subjectId together");
        }

        if (subjectType is null && point is null)
        {
            throw Rejection.BadInput("input", "give subjectType and subjectId, or a point");
        }

        long? subjectId = subjectText is null ? null
            : long.TryParse(subjectText, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id
            : throw Rejection.BadInput("subjectId", $"'{subjectText}' is not an id of this service");
        GeoPoint? location = null;
        if (point is not null)
        {
            location = GeoPoint.TryCreate(Convert.ToDouble(point["lon"], CultureInfo.InvariantCulture),
                Convert.ToDouble(point["lat"], CultureInfo.InvariantCulture), out var error) ?? throw Rejection.BadInput("point", error!);
        }

        return new ReportHazard(subjectType, subjectId, location, (string)input["category"]!, (string)input["severity"]!,
            Required(input.GetValueOrDefault("description") as string, "description", MaxTextLength),
            input.GetValueOrDefault("foundOn") as DateOnly?, Optional(input.GetValueOrDefault("foundBy") as string, "foundBy", MaxNameLength),
            input.GetValueOrDefault("deadline") as DateOnly?,
            Required(input.GetValueOrDefault("responsibleUnit") as string, "responsibleUnit", MaxNameLength),
            Optional(input.GetValueOrDefault("responsiblePerson") as string, "responsiblePerson", MaxNameLength),
            Optional(input.GetValueOrDefault("supervisingUnit") as string, "supervisingUnit", MaxNameLength),
            PhotoIds(input.GetValueOrDefault("photoIds")));
    }

    /// <summary>Ids of uploaded photos (<c>POST /api/photos</c>); BAD_USER_INPUT for one that is not a photo id.</summary>
    public static IReadOnlyList<Guid> PhotoIds(object? value)
    {
        if (value is not IEnumerable<object?> ids)
        {
            return [];
        }

        return [.. ids.Select(id => Guid.TryParse(id?.ToString(), out var photo) ? photo
            : throw Rejection.BadInput("photoIds", $"'{id}' is not a photo id; upload the photo first"))];
    }

    public static HazardQuery Query(IResolveFieldContext context, DateOnly today)
    {
        var filter = context.GetArgument<Dictionary<string, object?>?>("filter") ?? [];
        return new HazardQuery(
            today,
            filter.GetValueOrDefault("communityCode") as string,
            filter.GetValueOrDefault("gridCode") as string,
            Codes(filter, "status"),
            Codes(filter, "severity"),
            Codes(filter, "category"),
            filter.GetValueOrDefault("overdue") as bool?,
            filter.GetValueOrDefault("supervised") as bool?,
            Codes(filter, "subjectType"),
            filter.GetValueOrDefault("dueBefore") as DateOnly?,
            Box(filter.GetValueOrDefault("bbox") as Dictionary<string, object?>),
            CurrentUser.From(context.User)?.ReadCommunityId);
    }

    public static string Required(string? text, string argument, int maxLength) =>
        Optional(text, argument, maxLength) ?? throw Rejection.BadInput(argument, "must not be empty");

    public static string? Optional(string? text, string argument, int maxLength)
    {
        var trimmed = text?.Trim();
        return trimmed is { Length: > 0 } ? trimmed.Length > maxLength ? throw Rejection.BadInput(argument, $"is longer than {maxLength} characters") : trimmed : null;
    }

    private static List<string>? Codes(Dictionary<string, object?> filter, string name) =>
        filter.GetValueOrDefault(name) is IEnumerable<object?> values && values.OfType<string>().ToList() is { Count: > 0 } list ? list : null;

    private static BoundingBox? Box(Dictionary<string, object?>? edges)
    {
        if (edges is null)
        {
            return null;
        }

        double Edge(string edge) => Convert.ToDouble(edges[edge], CultureInfo.InvariantCulture);
        return BoundingBox.TryCreate(Edge("west"), Edge("south"), Edge("east"), Edge("north"), out var error) ?? throw Rejection.BadInput("bbox", error!);
    }
}
