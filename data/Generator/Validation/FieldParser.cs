using System.Globalization;
using System.Text.Json;
using FireMap.Spatial.Interchange;

namespace FireMap.DemoData.Validation;

/// <summary>Reads one field value from JSON or CSV text into its typed form, or says why it cannot.</summary>
internal static class FieldParser
{
    private static readonly string[] TimeFormats = ["yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz"];

    public static (object? Value, string? Error) FromJson(FieldFormat spec, JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            return (null, null);
        }

        return spec.Kind switch
        {
            FieldKind.TextList when element.ValueKind == JsonValueKind.Array
                && element.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String) =>
                (element.EnumerateArray().Select(e => e.GetString()!).ToArray(), null),
            FieldKind.Integer when element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out var l) => Bounded(spec, l, l),
            FieldKind.Decimal when element.ValueKind == JsonValueKind.Number => Bounded(spec, element.GetDouble(), element.GetDouble()),
            FieldKind.Boolean when element.ValueKind is JsonValueKind.True or JsonValueKind.False => (element.GetBoolean(), null),
            FieldKind.Text or FieldKind.Reference or FieldKind.SubjectReference or FieldKind.Date or FieldKind.Timestamp or FieldKind.Choice
                when element.ValueKind == JsonValueKind.String => FromText(spec, element.GetString()!),
            _ => (null, $"expected {spec.Kind}, found JSON {element.ValueKind}"),
        };
    }

    public static (object? Value, string? Error) FromText(FieldFormat spec, string text)
    {
        if (text.Length == 0)
        {
            return (null, null);
        }

        switch (spec.Kind)
        {
            case FieldKind.Text or FieldKind.Reference or FieldKind.SubjectReference:
                return (text, null);
            case FieldKind.TextList:
                return (text.Split('|'), null);
            case FieldKind.Choice:
                return spec.Choices!.Contains(text) ? (text, null) : (null, $"'{text}' is not one of {string.Join(", ", spec.Choices.Codes)}");
            case FieldKind.Integer when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l):
                return Bounded(spec, l, l);
            case FieldKind.Decimal when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d):
                return Bounded(spec, d, d);
            case FieldKind.Boolean when text is "true" or "false":
                return (text == "true", null);
            case FieldKind.Date when DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date):
                return (date, null);
            case FieldKind.Timestamp when DateTimeOffset.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time):
                return (time, null);
            default:
                return (null, $"'{text}' is not a valid {spec.Kind}");
        }
    }

    private static (object? Value, string? Error) Bounded(FieldFormat spec, object value, double number) =>
        spec.InRange(number)
            ? (value, null)
            : (null, $"{number.ToString(CultureInfo.InvariantCulture)} is outside {spec.RangeText}");
}
