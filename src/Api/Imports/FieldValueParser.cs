using System.Globalization;
using FireMap.Api.Errors;
using FireMap.Api.Security;
using FireMap.Spatial.Interchange;

namespace FireMap.Api.Imports;

/// <summary>Turns a field's text into the value its column stores, or says what is wrong with it.</summary>
public static class FieldValueParser
{
    /// <summary>Parses every field that is not a reference; references are resolved against the database.</summary>
    /// <exception cref="Rejection">The text breaks the field's format; the rejection names the layer, record and field.</exception>
    public static object? Parse(FieldFormat field, string? text, string layer, int record)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (text is null)
        {
            return field.Required
                ? throw ImportRejection.At(layer, record, field.Name, "is required")
                : field.Kind == FieldKind.TextList ? Array.Empty<string>() : field.Default;
        }

        CheckText(field, text, layer, record);
        object value = field.Kind switch
        {
            FieldKind.Text or FieldKind.Reference or FieldKind.SubjectReference => text,
            FieldKind.TextList => text.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            FieldKind.Integer => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i)
                ? InRange(field, i, layer, record)
                : throw Problem(field, layer, record, $"'{text}' is not a whole number"),
            FieldKind.Decimal => decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
                ? InRange(field, d, layer, record)
                : throw Problem(field, layer, record, $"'{text}' is not a number"),
            FieldKind.Boolean => text.ToLowerInvariant() switch
            {
                "true" or "1" or "yes" or "是" => true,
                "false" or "0" or "no" or "否" => false,
                _ => throw Problem(field, layer, record, $"'{text}' is not true or false"),
            },
            FieldKind.Date => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : throw Problem(field, layer, record, $"'{text}' is not a date like 2026-11-29"),
            FieldKind.Timestamp => TryParseTimestamp(text) is { } time
                ? time
                : throw Problem(field, layer, record, $"'{text}' is not a time with offset like 2026-11-29T09:30:00+08:00"),
            FieldKind.Choice => field.Choices!.Contains(text)
                ? text
                : throw Problem(field, layer, record, $"'{text}' is not one of {string.Join(", ", field.Choices.Codes)}"),
            _ => throw new ArgumentOutOfRangeException(nameof(field), field.Kind, "unknown field kind"),
        };
        return value;
    }

    // One check of every value's text, whatever its kind, before it is parsed or stored.
    private static void CheckText(FieldFormat field, string text, string layer, int record)
    {
        if (TextInput.FindProblem(text) is { } problem)
        {
            throw Problem(field, layer, record, problem);
        }

        if (field.MaxLength is { } max && text.Length > max)
        {
            throw Problem(field, layer, record, $"is {text.Length} characters long; at most {max} are allowed");
        }

        // Refused rather than stored: the lists these values end up in are opened in spreadsheets.
        if (field.Kind is FieldKind.Text or FieldKind.TextList
            && text.Split('|').Any(item => TextInput.LooksLikeFormula(item.TrimStart(' '))))
        {
            throw Problem(field, layer, record,
                "starts with =, +, -, @, tab or carriage return, which spreadsheets run as a formula; remove or quote that first character");
        }
    }

    // A time without an offset would silently take the server's zone; the files must say which they mean.
    private static DateTimeOffset? TryParseTimestamp(string text) =>
        DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed) &&
        parsed.Kind != DateTimeKind.Unspecified &&
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time.ToUniversalTime()
            : null;

    private static T InRange<T>(FieldFormat field, T value, string layer, int record) where T : IConvertible
    {
        var number = value.ToDouble(CultureInfo.InvariantCulture);
        if (!field.InRange(number))
        {
            throw Problem(field, layer, record, $"{number.ToString(CultureInfo.InvariantCulture)} is outside {field.RangeText}");
        }

        return value;
    }

    private static Rejection Problem(FieldFormat field, string layer, int record, string problem) =>
        ImportRejection.At(layer, record, field.Name, problem);
}
