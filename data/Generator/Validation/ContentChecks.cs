using FireMap.Spatial.Vocabulary;

namespace FireMap.DemoData.Validation;

/// <summary>What the demo set promises beyond the format: sizes, every enum value used, plausible shares and dates.</summary>
internal static class ContentChecks
{
    public static void Run(IReadOnlyDictionary<string, List<LayerRecord>> layers, ValidationReport report)
    {
        var communities = layers["communities.geojson"];
        var grids = layers["grids.geojson"];
        var compounds = layers["compounds.geojson"];
        var buildings = layers["buildings.geojson"];
        var places = layers["places.geojson"];
        var lanes = layers["fire-lanes.geojson"];
        var blockages = layers["blockages.geojson"];
        var stations = layers["stations.geojson"];
        var hydrants = layers["hydrants.geojson"];
        var incidents = layers["incidents.geojson"];
        var hazards = layers["hazards.csv"];

        report.Require(communities.Count is >= 5 and <= 7, "communities.geojson", "5–7 communities");
        foreach (var c in communities)
        {
            var n = grids.Count(g => g.Text("community_code") == c.Code);
            report.Require(n is >= 3 and <= 5, "grids.geojson", $"3–5 grids in community {c.Code}, found {n}");
        }

        report.Require(compounds.Count >= 60, "compounds.geojson", "at least 60 compounds");
        report.Require(compounds.All(c => c.Flag("is_old") == (c.Numeric("built_year") < 2000)), "compounds.geojson", "is_old exactly when built before 2000");
        Share(report, "compounds.geojson", "old compounds", compounds, c => c.Flag("is_old") == true, 0.3, 0.5);
        report.Require(compounds.Any(c => c.Flag("is_old") == true && c.Text("property_management_unit") is null), "compounds.geojson", "some old compounds without property management");
        var names = compounds.Select(c => c.Text("name")).ToList();
        report.Require(names.Distinct().Count() == names.Count, "compounds.geojson", "compound names are unique");
        var aliases = compounds.SelectMany(c => c.Values.GetValueOrDefault("aliases") as string[] ?? []).ToList();
        report.Require(aliases.Count > 0 && aliases.All(a => !names.Contains(a)) && aliases.Distinct().Count() == aliases.Count,
            "compounds.geojson", "some aliases, none equal to another compound's name or alias");

        report.Require(buildings.Count >= 600, "buildings.geojson", "at least 600 buildings");
        Covers(report, "buildings.geojson", "use_class", buildings, Codes.UseClass.Codes.Except(["other"]), 1);
        Share(report, "buildings.geojson", "high-rise buildings (GB 50016)", buildings, IsHighRise, 0.1, 0.7);
        report.Require(buildings.Count(b => b.Text("compound_code") is null) is >= 10, "buildings.geojson", "some buildings outside compounds");
        report.Require(buildings.All(b => b.Text("chief_phone") is not { } p || (p.Contains("****", StringComparison.Ordinal) && p.Length == 11)),
            "buildings.geojson", "chief_phone is always masked (138****0000)");
        report.Require(buildings.All(b => b.Text("chief_name") is not { } n || n.Contains('某', StringComparison.Ordinal)), "buildings.geojson", "chief_name is always a placeholder (张某某)");
        report.Require(buildings.Any(b => b.Flag("changed_use") == true) && buildings.Any(b => b.Flag("mixed_use") == true), "buildings.geojson", "some changed_use and mixed_use");

        report.Require(places.Count >= 160, "places.geojson", "at least 160 places");
        Covers(report, "places.geojson", "category", places, Codes.PlaceCategory.Codes, 3);
        Share(report, "places.geojson", "places with a self-inspection date", places, p => p.Date("self_inspection_date") is not null, 0.6, 1);

        foreach (var c in compounds)
        {
            var n = lanes.Count(l => l.Text("compound_code") == c.Code);
            report.Require(n is >= 1 and <= 3, "fire-lanes.geojson", $"1–3 fire lanes for compound {c.Code}, found {n}");
        }

        Share(report, "fire-lanes.geojson", "lanes narrower than 4 m", lanes, l => l.Numeric("clear_width_m") < 4, 0.08, 0.25);
        report.Require(lanes.Any(l => l.Numeric("clear_height_m") < 4), "fire-lanes.geojson", "some lanes lower than 4 m");

        CheckBlockages(blockages, lanes, report);

        report.Require(stations.Count(s => s.Text("kind") == "fire_station") is >= 1 and <= 2, "stations.geojson", "1–2 fire stations");
        report.Require(stations.Count(s => s.Text("kind") == "micro_station") is >= 6 and <= 10, "stations.geojson", "6–10 micro fire stations");
        report.Require(stations.Count(s => s.Text("kind") == "volunteer_team") is >= 2 and <= 3, "stations.geojson", "2–3 volunteer teams");

        report.Require(hydrants.Count >= 120, "hydrants.geojson", "at least 120 hydrants");
        Covers(report, "hydrants.geojson", "kind", hydrants, Codes.HydrantKind.Codes, 1);
        Share(report, "hydrants.geojson", "faulty hydrants", hydrants, h => h.Text("status") == "fault", 0.05, 0.15);

        report.Require(incidents.Count >= 40, "incidents.geojson", "at least 40 incidents");
        Covers(report, "incidents.geojson", "cause", incidents, Codes.IncidentCause.Codes, 1);
        report.Require(incidents.All(i => i.Time("occurred_at") is { } t && t.Year >= 2021 && t < DemoSettings.ReferenceStart), "incidents.geojson", "fires from 2021 to the reference date");
        Share(report, "incidents.geojson", "fires tied to a building or place", incidents, i => i.Text("building_code") is not null || i.Text("place_code") is not null, 0.7, 1);

        CheckHazards(hazards, report);
        Covers(report, "roads.geojson", "road_class", layers["roads.geojson"], Codes.RoadClass.Codes, 1);
    }

    private static void CheckBlockages(List<LayerRecord> blockages, List<LayerRecord> lanes, ValidationReport report)
    {
        const string file = "blockages.geojson";
        report.Require(blockages.Count >= 60, file, "at least 60 blockages");
        Covers(report, file, "cause", blockages, Codes.BlockageCause.Codes, 1);
        var windowStart = DemoSettings.ReferenceStart.AddDays(-90);
        foreach (var b in blockages)
        {
            var lane = lanes.FirstOrDefault(l => l.Code == b.Text("lane_code"));
            if (lane is not null && !(b.Numeric("remaining_width_m") < lane.Numeric("clear_width_m")))
            {
                report.Fail(file, b.Number, "remaining_width_m", "is not below the lane's clear width");
            }

            if (b.Time("reported_at") is not { } reported || reported < windowStart || reported >= DemoSettings.ReferenceStart)
            {
                report.Fail(file, b.Number, "reported_at", "is not within the 90 days before the reference date");
            }
            else if (b.Time("cleared_at") is { } cleared && (cleared <= reported || cleared >= DemoSettings.ReferenceStart))
            {
                report.Fail(file, b.Number, "cleared_at", "is not between reported_at and the reference date");
            }
        }

        Share(report, file, "cleared blockages", blockages, b => b.Time("cleared_at") is not null, 0.35, 0.65);
    }

    private static void CheckHazards(List<LayerRecord> hazards, ValidationReport report)
    {
        const string file = "hazards.csv";
        report.Require(hazards.Count >= 180, file, "at least 180 hazards");
        Covers(report, file, "subject_type", hazards, Codes.HazardSubjectType.Codes, 1);
        Covers(report, file, "category", hazards, Codes.HazardCategory.Codes, 1);
        // The generator draws found, rectifying and closed; a hazard awaiting review only arises in the workflow.
        Covers(report, file, "status", hazards, [.. Codes.HazardStatus.Codes.Where(code => code != "awaiting_review")], 1);
        Share(report, file, "major hazards", hazards, h => h.Text("severity") == "major", 0.05, 0.2);
        report.Require(hazards.Any(h => h.Flag("supervised") == true), file, "some hazards under listed supervision");
        report.Require(hazards.All(h => h.Flag("supervised") != true || h.Text("severity") == "major"), file, "only major hazards are supervised");
        report.Require(hazards.Any(h => h.Text("status") != "closed" && h.Date("deadline") < DemoSettings.ReferenceDate), file, "some open hazards overdue");
        report.Require(hazards.All(h => h.Time("closed_at") is not { } t || t < DemoSettings.ReferenceStart), file, "closed before the reference date");
        Share(report, file, "hazards with their own lon/lat", hazards, h => h.Numeric("lon") is not null, 0, 0.2);
    }

    private static bool IsHighRise(LayerRecord b) =>
        b.Numeric("height_m") > (b.Text("use_class") == "residential" ? 27 : 24);

    private static void Covers(ValidationReport report, string file, string field, List<LayerRecord> records, IEnumerable<string> values, int atLeast)
    {
        foreach (var value in values)
        {
            var n = records.Count(r => r.Text(field) == value);
            report.Require(n >= atLeast, file, $"at least {atLeast} with {field} = {value}, found {n}");
        }
    }

    private static void Share(ValidationReport report, string file, string what, List<LayerRecord> records, Func<LayerRecord, bool> test, double min, double max)
    {
        var share = records.Count == 0 ? 0 : (double)records.Count(test) / records.Count;
        report.Require(share >= min && share <= max, file, $"share of {what} between {min:P0} and {max:P0}, found {share:P1}");
    }
}
