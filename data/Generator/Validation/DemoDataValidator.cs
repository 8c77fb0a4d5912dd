namespace FireMap.DemoData.Validation;

/// <summary>
/// Re-reads the written files and checks them against the import formats (required fields, types,
/// enums, unique codes, references in load order) and against what the demo set promises.
/// </summary>
internal static class DemoDataValidator
{
    private static readonly Dictionary<string, string> SubjectLayers = new(StringComparer.Ordinal)
    {
        ["building"] = "buildings.geojson",
        ["place"] = "places.geojson",
        ["compound"] = "compounds.geojson",
        ["fire_lane"] = "fire-lanes.geojson",
    };

    public static ValidationReport Validate(string directory)
    {
        var report = new ValidationReport();
        var layers = new Dictionary<string, List<LayerRecord>>(StringComparer.Ordinal);
        var codes = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var schema in LayerSchemas.All)
        {
            var records = LayerReader.Read(directory, schema, report);
            layers[schema.File] = records;
            report.Counts.Add((schema.File, records.Count));
            codes[schema.File] = CheckRecords(schema, records, codes, report);
        }

        CheckHazardSubjects(layers["hazards.csv"], codes, report);
        ContentChecks.Run(layers, report);
        SpatialChecks.Run(layers, report);
        return report;
    }

    private static HashSet<string> CheckRecords(
        LayerSchema schema, List<LayerRecord> records, Dictionary<string, HashSet<string>> loaded, ValidationReport report)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            foreach (var spec in schema.Fields)
            {
                var value = record.Values.GetValueOrDefault(spec.Name);
                if (spec.Required && (value is null || value is string { Length: 0 }))
                {
                    report.Fail(schema.File, record.Number, spec.Name, "is required");
                }

                if (spec.References is { } target && value is string code
                    && (!loaded.TryGetValue(target, out var known) || !known.Contains(code)))
                {
                    report.Fail(schema.File, record.Number, spec.Name, $"'{code}' is not a code in {target}");
                }
            }

            if (!seen.Add(record.Code))
            {
                report.Fail(schema.File, record.Number, "code", $"'{record.Code}' is not unique");
            }
        }

        return seen;
    }

    private static void CheckHazardSubjects(List<LayerRecord> hazards, Dictionary<string, HashSet<string>> codes, ValidationReport report)
    {
        const string file = "hazards.csv";
        foreach (var h in hazards)
        {
            if (h.Text("subject_type") is { } type && h.Text("subject_code") is { } code && !codes[SubjectLayers[type]].Contains(code))
            {
                report.Fail(file, h.Number, "subject_code", $"'{code}' is not a code in {SubjectLayers[type]}");
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
