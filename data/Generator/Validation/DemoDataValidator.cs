using FireMap.Spatial.Interchange;

namespace FireMap.DemoData.Validation;

/// <summary>
/// Re-reads the written files and checks them against the import formats (required fields, types,
/// enums, unique codes, references in load order) and against what the demo set promises.
/// </summary>
internal static class DemoDataValidator
{
    public static ValidationReport Validate(string directory)
    {
        var report = new ValidationReport();
        var layers = new Dictionary<string, List<LayerRecord>>(StringComparer.Ordinal);
        var codes = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var layer in ImportFormat.Layers)
        {
            var records = LayerReader.Read(directory, layer, report);
            layers[layer.FileName] = records;
            report.Counts.Add((layer.FileName, records.Count));
            codes[layer.FileName] = CheckRecords(layer, records, codes, report);
        }

        CheckHazardSubjects(layers["hazards.csv"], codes, report);
        ContentChecks.Run(layers, report);
        SpatialChecks.Run(layers, report);
        return report;
    }

    private static HashSet<string> CheckRecords(
        LayerFormat layer, List<LayerRecord> records, Dictionary<string, HashSet<string>> loaded, ValidationReport report)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            foreach (var spec in layer.Fields)
            {
                var value = record.Values.GetValueOrDefault(spec.Name);
                if (spec.Required && (value is null || value is string { Length: 0 }))
                {
                    report.Fail(layer.FileName, record.Number, spec.Name, "is required");
                }

                if (spec.References is { } reference && ImportFormat.Get(reference).FileName is var target && value is string code
                    && (!loaded.TryGetValue(target, out var known) || !known.Contains(code)))
                {
                    report.Fail(layer.FileName, record.Number, spec.Name, $"'{code}' is not a code in {target}");
                }
            }

            if (!seen.Add(record.Code))
            {
                report.Fail(layer.FileName, record.Number, "code", $"'{record.Code}' is not unique");
            }
        }

        return seen;
    }

    private static void CheckHazardSubjects(List<LayerRecord> hazards, Dictionary<string, HashSet<string>> codes, ValidationReport report)
    {
        const string file = "hazards.csv";
        foreach (var h in hazards)
        {
            if (h.Text("subject_type") is { } type && h.Text("subject_code") is { } code
                && ImportFormat.Get(ImportFormat.SubjectLayers[type]).FileName is var target && !codes[target].Contains(code))
            {
                report.Fail(file, h.Number, "subject_code", $"'{code}' is not a code in {target}");
            }

            if (h.Date("found_on") is { } found && h.Date("deadline") is { } deadline && deadline < found)
            {
                report.Fail(file, h.Number, "deadline", "is before found_on");
            }

            if (h.Text("status") == "closed" && h.Time("closed_at") is null)
            {
                report.Fail(file, h.Number, "closed_at", "is required when the status is closed");
            }

            if (h.Text("status") != "closed" && h.Time("closed_at") is not null)
            {
                report.Fail(file, h.Number, "closed_at", "is set on a hazard that is not closed");
            }

            if ((h.Numeric("lon") is null) != (h.Numeric("lat") is null))
            {
                report.Fail(file, h.Number, "lon", "lon and lat must be given together");
            }
        }
    }
}
