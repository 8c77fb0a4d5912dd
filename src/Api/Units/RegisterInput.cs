using System.Globalization;
using FireMap.Api.Errors;
using FireMap.Spatial.Geometry;

namespace FireMap.Api.Units;

/// <summary>
/// Reads the input objects of the registers' mutations and filters; a bad value is BAD_USER_INPUT naming the
/// field, before any SQL runs. Absent fields stay absent (an update leaves them unchanged).
/// </summary>
public static class RegisterInput
{
    public const int MaxNameLength = 200;
    public const int MaxTextLength = 2000;

    public static bool Has(IReadOnlyDictionary<string, object?> input, string field) => input.ContainsKey(field);

    public static string? Text(IReadOnlyDictionary<string, object?> input, string field, int max = MaxNameLength)
    {
        var text = (input.GetValueOrDefault(field) as string)?.Trim();
        return text is { Length: > 0 } ? text.Length > max ? throw Rejection.BadInput(field, $"is longer than {max} characters") : text : null;
    }

    public static string Required(IReadOnlyDictionary<string, object?> input, string field, int max = MaxNameLength) =>
        Text(input, field, max) ?? throw Rejection.BadInput(field, "must not be empty");

    public static long? Id(IReadOnlyDictionary<string, object?> input, string field)
    {
        var text = input.GetValueOrDefault(field)?.ToString();
        return text is null ? null : ParseId(text, field);
    }

    public static IReadOnlyList<long> Ids(IReadOnlyDictionary<string, object?> input, string field, int max) =>
        input.GetValueOrDefault(field) is IEnumerable<object?> values
            ? values.Select(v => ParseId(v?.ToString() ?? "", field)).Distinct().ToList() is { } ids && ids.Count <= max
                ? ids : throw Rejection.BadInput(field, $"at most {max}")
            : [];

    public static int? Count(IReadOnlyDictionary<string, object?> input, string field) =>
        input.GetValueOrDefault(field) is int count ? count >= 0 ? count : throw Rejection.BadInput(field, "must be 0 or more") : null;

    public static GeoPoint? Point(IReadOnlyDictionary<string, object?> input, string field = "point")
    {
        if (input.GetValueOrDefault(field) is not Dictionary<string, object?> point)
        {
            return null;
        }

        return GeoPoint.TryCreate(Convert.ToDouble(point["lon"], CultureInfo.InvariantCulture), Convert.ToDouble(point["lat"], CultureInfo.InvariantCulture),
            out var error) ?? throw Rejection.BadInput(field, error!);
    }

    /// <summary>Codes of an enum list filter; null when absent or empty.</summary>
    public static IReadOnlyList<string>? Codes(IReadOnlyDictionary<string, object?> filter, string field) =>
        filter.GetValueOrDefault(field) is IEnumerable<object?> values && values.OfType<string>().ToList() is { Count: > 0 } list ? list : null;

    /// <summary>The <c>bbox</c> of a filter; null when absent.</summary>
    public static BoundingBox? Box(IReadOnlyDictionary<string, object?> filter, string field = "bbox")
    {
        if (filter.GetValueOrDefault(field) is not Dictionary<string, object?> edges)
        {
            return null;
        }

        double Edge(string edge) => Convert.ToDouble(edges[edge], CultureInfo.InvariantCulture);
        return BoundingBox.TryCreate(Edge("west"), Edge("south"), Edge("east"), Edge("north"), out var error) ?? throw Rejection.BadInput(field, error!);
    }

    private static long ParseId(string text, string field) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? id : throw Rejection.BadInput(field, $"'{text}' is not an id of this service");
}
