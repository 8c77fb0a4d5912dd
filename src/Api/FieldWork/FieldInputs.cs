using System.Globalization;
using FireMap.Api.Errors;

namespace FireMap.Api.FieldWork;

/// <summary>Reads and checks the field forms' arguments; a bad value is BAD_USER_INPUT naming it, before any SQL runs.</summary>
internal static class FieldInputs
{
    public const int MaxNotesLength = 1000;
    public const int MaxTextLength = 500;
    public const int MaxNameLength = 100;
    public const int MaxItems = 100;

    // A phone's clock may run a little ahead of the server's.
    private static readonly TimeSpan _clockSkew = TimeSpan.FromMinutes(5);

    public static RecordInspection Inspection(Dictionary<string, object?> input)
    {
        var items = List(input, "items");
        if (items.Count == 0)
        {
            throw Rejection.BadInput("items", "answer at least one checklist item");
        }

        if (items.Count > MaxItems)
        {
            throw Rejection.BadInput("items", $"at most {MaxItems} items");
        }

        var parsed = new List<RecordInspectionItem>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var code = Required(item.GetValueOrDefault("code") as string, $"items[{i}].code", MaxNameLength);
            var result = (string)item["result"]!;
            var raise = item.GetValueOrDefault("raiseHazard") is Dictionary<string, object?> r ? Raise(r, $"items[{i}].raiseHazard", withCategory: false) : null;
            if (raise is not null && result != "fail")
            {
                throw Rejection.BadInput($"items[{i}].raiseHazard", "only a failed item raises a hazard");
            }

            if (parsed.Any(p => p.Code == code))
            {
                throw Rejection.BadInput($"items[{i}].code", $"'{code}' is answered twice");
            }

            parsed.Add(new RecordInspectionItem(code, result, Optional(item.GetValueOrDefault("note") as string, $"items[{i}].note", MaxTextLength), raise));
        }

        return new RecordInspection((string)input["subjectType"]!, Id(input.GetValueOrDefault("subjectId"), "subjectId"), (string)input["kind"]!,
            input.GetValueOrDefault("inspectedAt") as DateTimeOffset?, Optional(input.GetValueOrDefault("notes") as string, "notes", MaxNotesLength),
            Photos(input), parsed);
    }

    public static RaiseHazard Raise(Dictionary<string, object?> input, string field, bool withCategory) => new(
        withCategory ? (string)input["category"]! : null,
        (string)input["severity"]!,
        Required(input.GetValueOrDefault("description") as string, $"{field}.description", MaxTextLength),
        input.GetValueOrDefault("deadline") as DateOnly?,
        Optional(input.GetValueOrDefault("responsibleUnit") as string, $"{field}.responsibleUnit", MaxNameLength),
        Optional(input.GetValueOrDefault("responsiblePerson") as string, $"{field}.responsiblePerson", MaxNameLength));

    public static IReadOnlyList<Guid> Photos(Dictionary<string, object?> input)
    {
        var ids = new List<Guid>();
        foreach (var value in input.GetValueOrDefault("photoIds") as IEnumerable<object?> ?? [])
        {
            var text = value?.ToString();
            ids.Add(Guid.TryParse(text, CultureInfo.InvariantCulture, out var id) ? id : throw Rejection.BadInput("photoIds", $"'{text}' is not a photo id"));
        }

        return ids.Count > FieldPhotos.MaxPhotos ? throw Rejection.BadInput("photoIds", $"at most {FieldPhotos.MaxPhotos} photos") : [.. ids.Distinct()];
    }

    public static List<Dictionary<string, object?>> List(Dictionary<string, object?> input, string name) =>
        [.. (input.GetValueOrDefault(name) as IEnumerable<object?> ?? []).OfType<Dictionary<string, object?>>()];

    public static long Id(object? value, string field)
    {
        var text = value?.ToString();
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? id
            : throw Rejection.BadInput(field, $"'{text}' is not an id of this service");
    }

    public static long? OptionalId(object? value, string field) => value is null ? null : Id(value, field);

    public static DateTimeOffset NotFuture(DateTimeOffset? at, DateTimeOffset now, string field) =>
        at is not { } given ? now
        : given > now + _clockSkew ? throw Rejection.BadInput(field, $"{given:O} is in the future")
        : given;

    public static string Required(string? text, string field, int maxLength) =>
        Optional(text, field, maxLength) ?? throw Rejection.BadInput(field, "must not be empty");

    public static string? Optional(string? text, string field, int maxLength)
    {
        var trimmed = text?.Trim();
        return trimmed is { Length: > 0 } ? trimmed.Length > maxLength ? throw Rejection.BadInput(field, $"is longer than {maxLength} characters") : trimmed : null;
    }
}
