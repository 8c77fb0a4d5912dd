using System.Text.Json;
using FireMap.TestHost;

namespace FireMap.Api.Tests.FieldWork;

/// <summary>
/// Inspections against the real server: checklists from the configuration file, a failed item raising a hazard through
/// the hazard workflow (linked both ways, with a photo), a refusal at any step writing nothing, photo ownership, and the
/// coverage figures against an independent SQL count.
/// </summary>
[Collection(FireMapServerCollection.Name)]
public sealed class InspectionTests(FireMapServerFixture server) : IAsyncLifetime
{
    private const string Record = """
        mutation($input: RecordInspectionInput!) { recordInspection(input: $input) {
            id kind subjectType subjectId inspectorName checklistCode failedCount gridCode
            items { code label result note hazard { id } }
            hazards { id category severity status inspection { id } }
            photos { id url thumbnailUrl } } }
        """;

    private readonly FieldApi _api = new(server);
    private long[] _marks = [];

    public async Task InitializeAsync() => _marks = await _api.MarksAsync();

    public Task DisposeAsync() => _api.RemoveAfterAsync(_marks);

    [Fact]
    public async Task Checklists_are_read_from_the_configuration_file()
    {
        using var file = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(server.Root, "data", "field", "checklists.json")));
        var expected = file.RootElement.GetProperty("checklists").EnumerateArray()
            .Select(l => (l.GetProperty("code").GetString(), string.Join(",", l.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString())))).ToList();
        var data = await _api.DataAsync("viewer", "{ inspectionChecklists { code subjectType highRise placeCategories items { code label labelEn hazardCategory } } }");
        var lists = data.GetProperty("inspectionChecklists").EnumerateArray().ToList();
        Assert.Equal(expected, lists.Select(l => (l.GetProperty("code").GetString(), string.Join(",", l.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString())))));
        var highRise = lists.Single(l => l.GetProperty("code").GetString() == "high_rise");
        Assert.True(highRise.GetProperty("highRise").GetBoolean());
        var codes = highRise.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()).ToList();
        Assert.Subset(codes.ToHashSet(), new HashSet<string?> { "alarm_system", "smoke_control", "sprinkler_system", "fire_lanes", "exits", "management_unit", "maintenance_unit", "building_chief" });

        var building = await _api.ScalarAsync<long>("SELECT id FROM buildings WHERE is_high_rise ORDER BY id LIMIT 1");
        var one = await _api.DataAsync("viewer", "query($id: ID!) { inspectionChecklist(subjectType: BUILDING, subjectId: $id) { code } }", new { id = FieldApi.Id(building) });
        Assert.Equal("high_rise", one.GetProperty("inspectionChecklist").GetProperty("code").GetString());
    }

    [Fact]
    public async Task RecordInspection_failed_item_raises_a_hazard_linked_both_ways_with_its_photo()
    {
        var building = await _api.BuildingInGridAsync(highRise: false);
        var photo = await _api.PhotoOfAsync("grid");
        var hazardsBefore = await _api.ScalarAsync<long>("SELECT count(*) FROM hazards");
        var data = await _api.DataAsync("grid", Record, new
        {
            input = new
            {
                subjectType = "BUILDING", subjectId = FieldApi.Id(building), kind = "ROUTINE", notes = "楼道检查",
                photoIds = new[] { photo.ToString() },
                items = new object[]
                {
                    new { code = "exits", result = "PASS" },
                    new { code = "wiring", result = "FAIL", note = "私拉电线", raiseHazard = new { severity = "GENERAL", description = "三楼楼道私拉电线" } },
                    new { code = "building_chief", result = "NOT_APPLICABLE" },
                },
            },
        });
        var inspection = data.GetProperty("recordInspection");
        Assert.Equal("building", inspection.GetProperty("checklistCode").GetString());
        Assert.Equal(1, inspection.GetProperty("failedCount").GetInt32());
        Assert.Equal(server.Accounts["grid"].GridCodes[0], inspection.GetProperty("gridCode").GetString());
        var hazard = inspection.GetProperty("hazards").EnumerateArray().Single();
        Assert.Equal("ELECTRICAL_WIRING", hazard.GetProperty("category").GetString());
        Assert.Equal("FOUND", hazard.GetProperty("status").GetString());
        Assert.Equal(inspection.GetProperty("id").GetString(), hazard.GetProperty("inspection").GetProperty("id").GetString());
        var wiring = inspection.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "wiring");
        Assert.Equal(hazard.GetProperty("id").GetString(), wiring.GetProperty("hazard").GetProperty("id").GetString());
        Assert.Equal("电气线路无私拉乱接", wiring.GetProperty("label").GetString());
        Assert.Equal(hazardsBefore + 1, await _api.ScalarAsync<long>("SELECT count(*) FROM hazards"));

        var photos = inspection.GetProperty("photos").EnumerateArray().Single();
        Assert.Equal($"/api/photos/{photo}", photos.GetProperty("url").GetString());
        Assert.Equal($"/api/photos/{photo}?size=thumbnail", photos.GetProperty("thumbnailUrl").GetString());
        var id = long.Parse(inspection.GetProperty("id").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(1L, await _api.ScalarAsync<long>("""
            SELECT count(*) FROM photo_links k JOIN inspections i ON i.id = k.record_id
            WHERE k.record_kind = 'inspection' AND k.record_id = @id AND k.community_id = i.community_id
            """, ("id", id)));
        Assert.Equal(1L, await _api.ScalarAsync<long>("SELECT count(*) FROM audit_log WHERE entity = 'inspection' AND entity_id = @id AND action = 'record'", ("id", id)));
        Assert.Equal(1L, await _api.ScalarAsync<long>("SELECT count(*) FROM audit_log WHERE entity = 'hazard' AND action = 'report' AND entity_id = @h",
            ("h", long.Parse(hazard.GetProperty("id").GetString()!, System.Globalization.CultureInfo.InvariantCulture))));

        // The inspection is listed on its building and by the filter.
        var listed = await _api.DataAsync("community", """
            query($id: ID!, $b: ID!) { building(id: $b) { inspections { id } }
              inspections(filter: { subjectType: BUILDING, subjectId: $b }) { totalCount edges { node { id } } } inspection(id: $id) { id } }
            """, new { id = FieldApi.Id(id), b = FieldApi.Id(building) });
        Assert.Contains(listed.GetProperty("building").GetProperty("inspections").EnumerateArray(), i => i.GetProperty("id").GetString() == FieldApi.Id(id));
        Assert.True(listed.GetProperty("inspections").GetProperty("totalCount").GetInt32() >= 1);
        Assert.Equal(FieldApi.Id(id), listed.GetProperty("inspection").GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("unknown item")]
    [InlineData("bad deadline")]
    [InlineData("unknown photo")]
    [InlineData("someone else's photo")]
    public async Task RecordInspection_refused_at_any_step_writes_nothing(string fault)
    {
        var building = await _api.BuildingInGridAsync(highRise: false);
        var photo = fault switch
        {
            "unknown photo" => Guid.NewGuid(),
            "someone else's photo" => await _api.PhotoOfAsync("community"),
            _ => await _api.PhotoOfAsync("grid"),
        };
        var counts = await CountsAsync();
        var body = await _api.AsAsync("grid", Record, new
        {
            input = new
            {
                subjectType = "BUILDING", subjectId = FieldApi.Id(building), kind = "LOOK_BACK", photoIds = new[] { photo.ToString() },
                items = new object[]
                {
                    new { code = "wiring", result = "FAIL", raiseHazard = new { severity = "GENERAL", description = "私拉电线" } },
                    new
                    {
                        code = fault == "unknown item" ? "no_such_item" : "exits", result = "FAIL",
                        raiseHazard = new { severity = "GENERAL", description = "堵塞", deadline = fault == "bad deadline" ? "2001-01-01" : (string?)null },
                    },
                },
            },
        });
        Assert.Equal(fault switch { "unknown photo" => "NOT_FOUND", "someone else's photo" => "FORBIDDEN", _ => "BAD_USER_INPUT" }, FieldApi.ErrorCode(body));
        Assert.Equal(counts, await CountsAsync());
    }

    [Fact]
    public async Task RecordInspection_outside_the_grid_workers_grids_is_forbidden_and_viewer_may_not_record()
    {
        var outside = await _api.ScalarAsync<long>("""
            SELECT b.id FROM buildings b JOIN compounds x ON x.id = b.compound_id JOIN communities c ON c.id = x.community_id
            WHERE c.code <> @c AND NOT b.is_high_rise ORDER BY b.id LIMIT 1
            """, ("c", server.Accounts["community"].CommunityCode!));
        var input = new { subjectType = "BUILDING", subjectId = FieldApi.Id(outside), kind = "ROUTINE", items = new[] { new { code = "exits", result = "PASS" } } };
        Assert.Equal("FORBIDDEN", FieldApi.ErrorCode(await _api.AsAsync("grid", Record, new { input })));
        Assert.Equal("FORBIDDEN", FieldApi.ErrorCode(await _api.AsAsync("community", Record, new { input })));
        Assert.Equal("FORBIDDEN", FieldApi.ErrorCode(await _api.AsAsync("viewer", Record, new { input })));
        Assert.Null(FieldApi.ErrorCode(await _api.AsAsync("subdistrict", Record, new { input })));
    }

    [Fact]
    public async Task Coverage_figures_equal_an_independent_count_in_sql()
    {
        var community = server.Accounts["community"].CommunityCode!;
        var highRise = await _api.ScalarAsync<long>("""
            SELECT b.id FROM buildings b JOIN communities c ON c.id = b.community_id WHERE b.is_high_rise AND c.code = @c ORDER BY b.id LIMIT 1
            """, ("c", community));
        var input = new
        {
            subjectType = "BUILDING", subjectId = FieldApi.Id(highRise), kind = "JOINT",
            items = new[] { new { code = "alarm_system", result = "PASS" } },
        };
        await _api.DataAsync("admin", Record, new { input });
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var from = today.AddDays(-60);
        var data = await _api.DataAsync("community", """
            query($from: DateOnly!, $to: DateOnly!) { inspectionCoverage(period: { from: $from, to: $to }) {
              total inspected share groups { key total inspected share notInspected(first: 1000) { id subjectType } } } }
            """, new { from = from.ToString("yyyy-MM-dd"), to = today.ToString("yyyy-MM-dd") });
        var coverage = data.GetProperty("inspectionCoverage");
        var highRiseGroup = coverage.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("key").GetString() == "high_rise");

        // Independent: distinct high-rises of the community with an inspection whose China-time date lies in the period.
        var total = await _api.ScalarAsync<long>("""
            SELECT count(*) FROM buildings b JOIN communities c ON c.id = b.community_id WHERE b.is_high_rise AND c.code = @c
            """, ("c", community));
        var inspected = await _api.ScalarAsync<long>("""
            SELECT count(DISTINCT b.id) FROM buildings b JOIN communities c ON c.id = b.community_id
            JOIN inspections i ON i.subject_type = 'building' AND i.subject_id = b.id
            WHERE b.is_high_rise AND c.code = @c AND (i.inspected_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN @from AND @to
            """, ("c", community), ("from", from), ("to", today));
        Assert.True(inspected >= 1);
        Assert.Equal(total, highRiseGroup.GetProperty("total").GetInt64());
        Assert.Equal(inspected, highRiseGroup.GetProperty("inspected").GetInt64());
        Assert.Equal(total - inspected, highRiseGroup.GetProperty("notInspected").GetArrayLength());
        Assert.DoesNotContain(highRiseGroup.GetProperty("notInspected").EnumerateArray(), s => s.GetProperty("id").GetString() == FieldApi.Id(highRise));

        var placeTotal = await _api.ScalarAsync<long>("SELECT count(*) FROM places p JOIN communities c ON c.id = p.community_id WHERE c.code = @c", ("c", community));
        var placeInspected = await _api.ScalarAsync<long>("""
            SELECT count(DISTINCT p.id) FROM places p JOIN communities c ON c.id = p.community_id
            JOIN inspections i ON i.subject_type = 'place' AND i.subject_id = p.id
            WHERE c.code = @c AND (i.inspected_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN @from AND @to
            """, ("c", community), ("from", from), ("to", today));
        var places = coverage.GetProperty("groups").EnumerateArray().Where(g => g.GetProperty("key").GetString()!.StartsWith("place:", StringComparison.Ordinal)).ToList();
        Assert.Equal(placeTotal, places.Sum(g => g.GetProperty("total").GetInt64()));
        Assert.Equal(placeInspected, places.Sum(g => g.GetProperty("inspected").GetInt64()));
        var compounds = await _api.ScalarAsync<long>("SELECT count(*) FROM compounds x JOIN communities c ON c.id = x.community_id WHERE c.code = @c", ("c", community));
        Assert.Equal(compounds, coverage.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("key").GetString() == "compound").GetProperty("total").GetInt64());

        // The map layer lists the same subjects not inspected.
        using var client = server.CreateClient("community");
        var layer = JsonDocument.Parse(await client.GetStringAsync(new Uri(
            $"/api/layers/uninspected.geojson?from={from:yyyy-MM-dd}&to={today:yyyy-MM-dd}", UriKind.Relative))).RootElement;
        var notInspected = coverage.GetProperty("groups").EnumerateArray().Sum(g => g.GetProperty("total").GetInt32() - g.GetProperty("inspected").GetInt32());
        Assert.Equal(notInspected, layer.GetProperty("features").GetArrayLength());
    }

    private async Task<(long, long, long, long)> CountsAsync() => (
        await _api.ScalarAsync<long>("SELECT count(*) FROM inspections"),
        await _api.ScalarAsync<long>("SELECT count(*) FROM inspection_items"),
        await _api.ScalarAsync<long>("SELECT count(*) FROM hazards"),
        await _api.ScalarAsync<long>("SELECT count(*) FROM photo_links"));
}
