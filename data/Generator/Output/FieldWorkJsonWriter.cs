using System.Text.Encodings.Web;
using System.Text.Json;
using FireMap.DemoData.Generation;

namespace FireMap.DemoData.Output;

/// <summary>Writes <c>field-work.json</c>: the demo-only format read by the field-work feature at start (docs/field-work.md).</summary>
internal static class FieldWorkJsonWriter
{
    private static readonly JsonSerializerOptions _options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static void Write(string path, FieldWork work)
    {
        var document = new
        {
            description = "Synthetic demo data (演示数据, not real people): inspections, a register of vulnerable residents and door-knock visits. "
                + "days_ago counts back from the day the demo is loaded (China time); failed lists 0-based positions in the subject's checklist.",
            inspections = work.Inspections,
            residents = work.Residents,
            visits = work.Visits.Select(v => new
            {
                v.Resident, v.DaysAgo, v.Time, v.Visitor, Checks = v.Checks.Select(c => new { c.Item, c.Result }), v.Notes,
            }),
        };
        File.WriteAllText(path, JsonSerializer.Serialize(document, _options) + "\n");
    }
}
