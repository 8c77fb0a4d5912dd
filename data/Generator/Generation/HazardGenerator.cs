using System.Globalization;
using FireMap.DemoData.Model;
using FireMap.DemoData.Naming;
using NetTopologySuite.Geometries;
using NetTopologySuite.LinearReferencing;

namespace FireMap.DemoData.Generation;

/// <summary>
/// The hazard list (隐患清单): found, being rectified or closed (销号) against a deadline. Open
/// entries whose deadline lies before the reference date are overdue; about one in ten is a major
/// hazard, and most of those are under listed supervision (挂牌督办).
/// </summary>
internal sealed partial class HazardGenerator(DemoWorld world, Random rng)
{
    private const int Count = 192;

    private static readonly (string Category, double Weight, string[] SubjectTypes)[] Categories =
    [
        ("fire_lane_occupied", 18, ["fire_lane", "compound"]),
        ("ebike_indoor_charging", 16, ["building", "place", "compound"]),
        ("electrical_wiring", 16, ["building", "place"]),
        ("blocked_exit", 10, ["building", "place"]),
        ("extinguisher_missing", 12, ["place", "building"]),
        ("alarm_fault", 8, ["building", "place"]),
        ("sprinkler_fault", 5, ["building", "place"]),
        ("hydrant_fault", 8, ["building", "compound"]),
        ("flammable_storage", 10, ["place", "building", "compound"]),
        ("group_rental", 6, ["place", "building"]),
        ("three_in_one", 6, ["place"]),
        ("illegal_construction", 6, ["compound", "building", "fire_lane"]),
        ("other", 5, ["place", "building", "compound", "fire_lane"]),
    ];

    public void Generate()
    {
        string[] subjectTypes = ["building", "place", "compound", "fire_lane"];
        var drafts = new List<Hazard>();
        for (var k = 0; k < Count; k++)
        {
            // The first entries cover every category, the next every subject type; the rest are drawn by weight.
            string category;
            string subjectType;
            if (k < Categories.Length)
            {
                (category, subjectType) = (Categories[k].Category, Categories[k].SubjectTypes[0]);
            }
            else if (k < Categories.Length + subjectTypes.Length)
            {
                subjectType = subjectTypes[k - Categories.Length];
                category = rng.Pick(Categories.Where(c => c.SubjectTypes.Contains(subjectType)).ToList()).Category;
            }
            else
            {
                var (drawn, _, types) = rng.PickWeighted(Categories.Select(c => (c, c.Weight)).ToList());
                // The first subject type listed is the usual one for the category.
                (category, subjectType) = (drawn, types[rng.PickWeighted(types.Select((_, n) => (n, n == 0 ? 3.0 : 1.0)).ToList())]);
            }

            drafts.Add(Draft(category, Subject(subjectType, category)));
        }

        var ordered = drafts.OrderBy(h => h.FoundOn).ToList();
        for (var k = 0; k < ordered.Count; k++)
        {
            world.Hazards.Add(ordered[k] with { Code = "YH" + (k + 1).ToString("D4", CultureInfo.InvariantCulture) });
        }
    }

    private Hazard Draft(string category, HazardSubject subject)
    {
        var major = rng.Chance(category is "group_rental" or "three_in_one" or "flammable_storage" or "sprinkler_fault" ? 0.3 : 0.07);
        var status = rng.PickWeighted<string>([("closed", 45), ("rectifying", 30), ("found", 25)]);
        // Open entries are recent; with these deadlines about a quarter of them are overdue.
        var ago = status == "closed" ? rng.Between(10, 200) : rng.Between(1, 45);
        var foundOn = DemoSettings.ReferenceDate.AddDays(-ago);
        var allowed = major ? rng.Between(30, 90) : rng.Pick([15, 30, 30, 60, 60]);
        var deadline = foundOn.AddDays(allowed);
        DateTimeOffset? closedAt = null;
        string? note = null;
        if (status == "closed")
        {
            // Some are closed after their deadline; none after the reference date.
            var daysToClose = Math.Min(rng.Between(1, allowed + 15), ago - 1);
            var day = foundOn.AddDays(Math.Max(1, daysToClose)).ToDateTime(TimeOnly.MinValue);
            closedAt = new DateTimeOffset(day, DemoSettings.ChinaOffset).AddMinutes(rng.Between(9 * 60, 18 * 60));
            note = HazardTexts.ClosingNote(category);
        }

        var pinned = rng.Chance(0.08) ? subject.Spot(rng) : null;
        return new Hazard(
            "",
            subject.Type,
            subject.Code,
            category,
            HazardTexts.Describe(category, subject.Name, rng),
            major ? "major" : "general",
            foundOn,
            deadline,
            subject.ResponsibleUnit,
            status,
            major && rng.Chance(0.6),
            closedAt,
            note,
            pinned);
    }

    private static Coordinate OnLine(LineString line, double fraction) =>
        new LengthIndexedLine(line).ExtractPoint(line.Length * fraction);
}
