using System.Text.RegularExpressions;
using FireMap.Api.Errors;

namespace FireMap.Api.GraphQL;

/// <summary>
/// Reads the input of a record edit: each given field becomes a column value after its check; absent
/// fields are left out (unchanged), an empty text becomes NULL.
/// </summary>
public static partial class RecordInput
{
    public const int MaxTextLength = 200;

    /// <summary>A column an input field sets, and the check that turns the input value into the column value.</summary>
    public sealed record Column(string Name, Func<string, object?, object?> Check);

    public static Column Text(string name, int max = MaxTextLength) => new(name, (field, value) =>
    {
        var text = (value as string)?.Trim();
        return text is { Length: > 0 } ? text.Length > max ? throw Rejection.BadInput(field, $"is longer than {max} characters") : text : null;
    });

    public static Column Phone(string name) => new(name, (field, value) =>
    {
        var text = (value as string)?.Trim();
        return text is { Length: > 0 } ? PhonePattern().IsMatch(text) ? text : throw Rejection.BadInput(field, "is not a phone number") : null;
    });

    public static Column Required(string name) => new(name, (field, value) => value ?? throw Rejection.BadInput(field, "must not be null"));

    public static Column Count(string name) => new(name, (field, value) =>
        value is int count ? count >= 0 ? count : throw Rejection.BadInput(field, "must be 0 or more") : throw Rejection.BadInput(field, "must not be null"));

    public static Column Date(string name) => new(name, (field, value) => value is DateOnly date ? date : value is null ? null : throw Rejection.BadInput(field, "is not a date"));

    /// <summary>The columns set by <paramref name="input"/>; at least one.</summary>
    public static Dictionary<string, object?> Columns(Dictionary<string, object?> input, IReadOnlyDictionary<string, Column> columns)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (field, value) in input)
        {
            if (columns.TryGetValue(field, out var column))
            {
                values[column.Name] = column.Check(field, value);
            }
        }

        return values.Count > 0 ? values : throw Rejection.BadInput("input", "give at least one field to change");
    }

    [GeneratedRegex(@"^\+?[0-9][0-9 \-]{4,19}$")]
    private static partial Regex PhonePattern();
}
