using System.Globalization;
using System.Text.Json;

namespace FireMap.DemoData.Output;

/// <summary>Property values as the import formats spell them: ISO dates, ISO times with offset, arrays of strings.</summary>
internal static class JsonValues
{
    public static void Write(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case string s:
                json.WriteStringValue(s);
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            case int i:
                json.WriteNumberValue(i);
                break;
            case double d:
                json.WriteNumberValue(d);
                break;
            case DateOnly date:
                json.WriteStringValue(FormatDate(date));
                break;
            case DateTimeOffset time:
                json.WriteStringValue(FormatTime(time));
                break;
            case IReadOnlyList<string> list when list.Count == 0:
                json.WriteNullValue();
                break;
            case IReadOnlyList<string> list:
                json.WriteStartArray();
                foreach (var item in list)
                {
                    json.WriteStringValue(item);
                }

                json.WriteEndArray();
                break;
            default:
                throw new NotSupportedException($"No JSON form for {value.GetType().Name}.");
        }
    }

    public static string FormatDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string FormatTime(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
