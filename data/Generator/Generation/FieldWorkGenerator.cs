using FireMap.DemoData.Model;
using FireMap.DemoData.Naming;

namespace FireMap.DemoData.Generation;

/// <summary>
/// Synthetic field work for the demo set: inspections over the last four months (about a third of the subjects never
/// inspected), a register of vulnerable residents in residential buildings, and their door-knock visits, a quarter of
/// them overdue. Dates are days before the day the demo is loaded, so the same share is overdue whatever day that is.
/// Its own random stream, so the other files do not change with it.
/// </summary>
internal static class FieldWorkGenerator
{
    private static readonly (string Kind, double Weight)[] _kinds =
        [("routine", 50), ("rolling", 20), ("look_back", 15), ("unannounced", 10), ("joint", 5)];

    private static readonly (string Category, double Weight)[] _categories =
        [("elderly_alone", 55), ("disabled", 20), ("left_behind", 15), ("other", 10)];

    private static readonly string[] _items = ["gas_stove", "wiring", "ebike_charging", "smoke_alarm", "escape_route"];

    public static FieldWork Generate(DemoWorld world)
    {
        var rng = new Random(DemoSettings.Seed + 13);
        var inspectors = Enumerable.Range(0, 8).Select(_ => PersonNames.FakeName(rng)).ToList();
        var inspections = new List<DemoInspection>();
        void Inspect(string type, string code, double share)
        {
            if (!rng.Chance(share))
            {
                return;
            }

            foreach (var _ in Enumerable.Range(0, rng.Between(1, 3)))
            {
                var failed = Enumerable.Range(0, 10).Where(_ => rng.Chance(0.08)).ToList();
                inspections.Add(new DemoInspection(type, code, rng.PickWeighted(_kinds), rng.Between(1, 120), Time(rng), rng.Pick(inspectors), failed,
                    failed.Count == 0 ? null : "（演示数据）发现问题已当场告知责任单位"));
            }
        }

        foreach (var b in world.Buildings.Where(b => b.UseClass == "residential" ? b.HeightM > 27 : b.HeightM > 24))
        {
            Inspect("building", b.Code, 0.7);
        }

        foreach (var x in world.Compounds)
        {
            Inspect("compound", x.Code, 0.65);
        }

        foreach (var p in world.Places)
        {
            Inspect("place", p.Code, 0.6);
        }

        var homes = world.Buildings.Where(b => b.UseClass == "residential").ToList();
        var residents = new List<DemoResident>();
        var visits = new List<DemoVisit>();
        for (var i = 1; i <= 40; i++)
        {
            var home = rng.Pick(homes);
            var frequency = rng.Chance(0.8) ? 7 : 14;
            var key = $"R{i:D3}";
            residents.Add(new DemoResident(key, PersonNames.FakeName(rng), rng.PickWeighted(_categories), home.Code,
                $"{home.Address}{rng.Between(1, Math.Max(1, home.Floors))}0{rng.Between(1, 4)}室", PersonNames.MaskedPhone(rng),
                rng.Chance(0.7) ? PersonNames.FakeName(rng) : null, rng.Chance(0.7) ? PersonNames.MaskedPhone(rng) : null, frequency, rng.Between(90, 200),
                "（演示数据）"));

            // A quarter overdue by 1–10 days; the others visited within their frequency.
            var last = rng.Chance(0.25) ? frequency + rng.Between(1, 10) : rng.Between(1, frequency - 1);
            for (var daysAgo = last; daysAgo < 90; daysAgo += frequency + rng.Between(-1, 1))
            {
                var checks = _items.Select(item => (item, rng.Chance(0.9) ? "pass" : rng.Chance(0.5) ? "fail" : "not_applicable")).ToList();
                visits.Add(new DemoVisit(key, daysAgo, Time(rng), rng.Pick(inspectors), checks, "（演示数据）入户走访"));
            }
        }

        return new FieldWork(inspections, residents, visits);
    }

    private static string Time(Random rng) => $"{rng.Between(8, 17):D2}:{rng.Between(0, 59):D2}";
}

/// <summary>The demo set's field work.</summary>
internal sealed record FieldWork(IReadOnlyList<DemoInspection> Inspections, IReadOnlyList<DemoResident> Residents, IReadOnlyList<DemoVisit> Visits);

/// <summary>A demo inspection; <paramref name="Failed"/> are 0-based positions in the subject's checklist (beyond its end: ignored).</summary>
internal sealed record DemoInspection(string SubjectType, string SubjectCode, string Kind, int DaysAgo, string Time, string Inspector,
    IReadOnlyList<int> Failed, string? Notes);

/// <summary>A demo resident, all personal fields placeholders.</summary>
internal sealed record DemoResident(string Key, string Name, string Category, string BuildingCode, string Address, string Phone, string? ContactPerson,
    string? ContactPhone, int VisitFrequencyDays, int RegisteredDaysAgo, string Notes);

/// <summary>A demo door-knock visit.</summary>
internal sealed record DemoVisit(string Resident, int DaysAgo, string Time, string Visitor, IReadOnlyList<(string Item, string Result)> Checks, string Notes);
