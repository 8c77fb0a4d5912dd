using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using FireMap.DemoData.Geometry;
using FireMap.DemoData.Model;

namespace FireMap.DemoData.Output;

/// <summary>Writes hazards.csv: UTF-8 without BOM, a header row, LF line ends, fields quoted only when needed.</summary>
internal static class HazardCsvWriter
{
    public static readonly string[] Header =
    [
        "code", "subject_type", "subject_code", "category", "description", "severity", "found_on", "deadline",
        "responsible_unit", "status", "supervised", "closed_at", "closing_note", "lon", "lat",
    ];

    public static void Write(string path, IEnumerable<Hazard> hazards, LocalProjection projection)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        using var csv = new CsvWriter(writer, config);
        foreach (var name in Header)
        {
            csv.WriteField(name);
        }

        csv.NextRecord();
        var format = "F" + DemoSettings.CoordinateDecimals.ToString(CultureInfo.InvariantCulture);
        foreach (var h in hazards)
        {
            var lonLat = h.Location is { } local ? projection.ToLonLat(local) : null;
            string?[] fields =
            [
                h.Code, h.SubjectType, h.SubjectCode, h.Category, h.Description, h.Severity,
                JsonValues.FormatDate(h.FoundOn), JsonValues.FormatDate(h.Deadline), h.ResponsibleUnit, h.Status,
                h.Supervised ? "true" : "false",
                h.ClosedAt is { } closed ? JsonValues.FormatTime(closed) : "",
                h.ClosingNote ?? "",
                lonLat?.X.ToString(format, CultureInfo.InvariantCulture) ?? "",
                lonLat?.Y.ToString(format, CultureInfo.InvariantCulture) ?? "",
            ];
            foreach (var field in fields)
            {
                csv.WriteField(field);
            }

            csv.NextRecord();
        }
    }
}
