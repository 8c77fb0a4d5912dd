using System.Text.Json;
using FireMap.TestHost;

namespace FireMap.Api.Tests.Hazards;

/// <summary>
/// The hazard workflow against the real server: the full walk with a failed review, every step not
/// allowed from a status, stale versions, bad deadlines and unknown subjects, each refused change
/// writing nothing.
/// </summary>
[Collection(FireMapServerCollection.Name)]
public sealed class HazardWorkflowTests(FireMapServerFixture server) : IAsyncLifetime
{
    private readonly HazardApi _api = new(server);
    private long _maxId;

    public async Task InitializeAsync() => _maxId = await _api.MaxIdAsync();

    public Task DisposeAsync() => _api.RemoveAfterAsync(_maxId);

    [Fact]
    public async Task Walk_report_rectify_failed_review_rectify_close_records_every_step_and_audits_them()
    {
        var building = await _api.BuildingInGridAsync();
        var hazard = await _api.ReportOnAsync("grid", "building", building);
        Assert.Equal("FOUND", hazard.GetProperty("status").GetString());
        Assert.Equal("building", hazard.GetProperty("subject").GetProperty("type").GetString()!.ToLowerInvariant());
        Assert.Equal(server.Accounts["grid"].GridCodes[0], hazard.GetProperty("gridCode").GetString());
        Assert.False(hazard.GetProperty("supervised").GetBoolean());

        hazard = await _api.StepOkAsync("grid", "startRectification", hazard);
        Assert.Equal("RECTIFYING", hazard.GetProperty("status").GetString());
        hazard = await _api.StepOkAsync("grid", "submitRectification", hazard, note: "已更换线路");
        Assert.Equal("AWAITING_REVIEW", hazard.GetProperty("status").GetString());
        hazard = await _api.StepOkAsync("community", "reviewHazard", hazard, ", accepted: false", "仍有裸露接头");
        Assert.Equal("RECTIFYING", hazard.GetProperty("status").GetString());
        Assert.Equal("仍有裸露接头", hazard.GetProperty("reviewNote").GetString());
        hazard = await _api.StepOkAsync("grid", "submitRectification", hazard);
        hazard = await _api.StepOkAsync("community", "reviewHazard", hazard, ", accepted: true", "复查合格，予以销号");

        Assert.Equal("CLOSED", hazard.GetProperty("status").GetString());
        Assert.Equal("复查合格，予以销号", hazard.GetProperty("closingNote").GetString());
        Assert.Equal(JsonValueKind.String, hazard.GetProperty("closedAt").ValueKind);
        Assert.False(hazard.GetProperty("overdue").GetBoolean());
        var history = hazard.GetProperty("history").EnumerateArray()
            .Select(t => (t.GetProperty("action").GetString(), t.GetProperty("from").GetString(), t.GetProperty("to").GetString())).ToList();
        Assert.Equal(
        [
            ("REPORT", null, "FOUND"), ("START_RECTIFICATION", "FOUND", "RECTIFYING"), ("SUBMIT_RECTIFICATION", "RECTIFYING", "AWAITING_REVIEW"),
            ("REVIEW_REFUSED", "AWAITING_REVIEW", "RECTIFYING"), ("SUBMIT_RECTIFICATION", "RECTIFYING", "AWAITING_REVIEW"),
            ("REVIEW_ACCEPTED", "AWAITING_REVIEW", "CLOSED"),
        ], history);
        Assert.Equal(server.Accounts["community"].UserName, hazard.GetProperty("history")[5].GetProperty("actor").GetString());
        var trace = await _api.TraceAsync(hazard.GetProperty("id").GetString()!);
        Assert.Equal(6, trace.Audits);
        Assert.Equal(1, await _api.ScalarAsync<long>(
            "SELECT count(*) FROM audit_log WHERE entity = 'hazard' AND entity_id = @id AND action = 'review_accepted' AND before->>'status' = 'awaiting_review' AND after->>'status' = 'closed'",
            ("id", long.Parse(hazard.GetProperty("id").GetString()!, System.Globalization.CultureInfo.InvariantCulture))));
    }

    public static TheoryData<string, string, string> IllegalSteps => new()
    {
        // status reached first, then the step that is not allowed from it
        { "FOUND", "submitRectification", "" },
        { "FOUND", "reviewHazard", ", accepted: true" },
        { "FOUND", "reviewHazard", ", accepted: false" },
        { "FOUND", "endSupervision", "" },
        { "RECTIFYING", "startRectification", "" },
        { "RECTIFYING", "reviewHazard", ", accepted: true" },
        { "AWAITING_REVIEW", "startRectification", "" },
        { "AWAITING_REVIEW", "submitRectification", "" },
        { "CLOSED", "startRectification", "" },
        { "CLOSED", "submitRectification", "" },
        { "CLOSED", "reviewHazard", ", accepted: false" },
        { "CLOSED", "extendHazardDeadline", ", deadline: \"2099-01-01\", reason: \"x\"" },
        { "CLOSED", "superviseHazard", ", supervisingUnit: \"区消防救援大队\"" },
    };

    [Theory]
    [MemberData(nameof(IllegalSteps))]
    public async Task Step_not_allowed_from_status_is_conflict_and_writes_nothing(string status, string mutation, string extra)
    {
        var hazard = await ReachAsync(status);
        var before = await _api.TraceAsync(hazard.GetProperty("id").GetString()!);

        var body = await _api.StepAsync("admin", mutation, hazard, extra);

        Assert.Equal("CONFLICT", HazardApi.ErrorCode(body));
        Assert.Equal(before, await _api.TraceAsync(hazard.GetProperty("id").GetString()!));
    }

    [Fact]
    public async Task Supervise_twice_is_conflict()
    {
        var hazard = await ReachAsync("FOUND");
        hazard = await _api.StepOkAsync("subdistrict", "superviseHazard", hazard, ", supervisingUnit: \"区安委办\"");
        Assert.True(hazard.GetProperty("supervised").GetBoolean());
        Assert.Equal("区安委办", hazard.GetProperty("supervisingUnit").GetString());

        Assert.Equal("CONFLICT", HazardApi.ErrorCode(await _api.StepAsync("subdistrict", "superviseHazard", hazard, ", supervisingUnit: \"区安委办\"")));
        hazard = await _api.StepOkAsync("subdistrict", "endSupervision", hazard);
        Assert.False(hazard.GetProperty("supervised").GetBoolean());
    }

    [Fact]
    public async Task Step_with_stale_version_is_conflict_and_writes_nothing()
    {
        var hazard = await ReachAsync("FOUND");
        var id = hazard.GetProperty("id").GetString()!;
        var version = hazard.GetProperty("version").GetInt32();
        await _api.StepOkAsync("admin", "startRectification", hazard);
        var before = await _api.TraceAsync(id);

        var body = await _api.StepAsync("admin", "submitRectification", id, version);

        Assert.Equal("CONFLICT", HazardApi.ErrorCode(body));
        Assert.Equal(before, await _api.TraceAsync(id));
        Assert.Equal("RECTIFYING", before.Status.ToUpperInvariant());
    }

    [Fact]
    public async Task Major_hazard_is_supervised_from_the_report()
    {
        var hazard = await _api.ReportOnAsync("community", "building", await _api.BuildingInGridAsync(), "MAJOR");

        Assert.True(hazard.GetProperty("supervised").GetBoolean());
        Assert.Equal("街道应急办", hazard.GetProperty("supervisingUnit").GetString());
        Assert.Equal(hazard.GetProperty("foundOn").GetString(), hazard.GetProperty("supervisedOn").GetString());
        Assert.Equal(["REPORT", "SUPERVISE"], hazard.GetProperty("history").EnumerateArray().Select(t => t.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task Extend_deadline_moves_it_later_and_records_the_reason()
    {
        var hazard = await ReachAsync("RECTIFYING");
        var later = DateOnly.Parse(hazard.GetProperty("deadline").GetString()!, System.Globalization.CultureInfo.InvariantCulture).AddDays(10);

        hazard = await _api.StepOkAsync("community", "extendHazardDeadline", hazard, $", deadline: \"{later:yyyy-MM-dd}\", reason: \"需采购配件\"");

        Assert.Equal(later.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), hazard.GetProperty("deadline").GetString());
        Assert.Equal("RECTIFYING", hazard.GetProperty("status").GetString());
        Assert.Contains("需采购配件", hazard.GetProperty("history")[2].GetProperty("note").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2020-01-01")]
    [InlineData("2026-13-45")]
    [InlineData("next week")]
    public async Task Extend_deadline_before_found_date_or_unparseable_is_bad_input_and_writes_nothing(string deadline)
    {
        var hazard = await ReachAsync("FOUND");
        var before = await _api.TraceAsync(hazard.GetProperty("id").GetString()!);

        var body = await _api.StepAsync("admin", "extendHazardDeadline", hazard, $", deadline: \"{deadline}\", reason: \"r\"");

        Assert.Equal("BAD_USER_INPUT", HazardApi.ErrorCode(body));
        Assert.Equal(before, await _api.TraceAsync(hazard.GetProperty("id").GetString()!));
    }

    [Theory]
    [InlineData("2020-01-01")]
    [InlineData("2026-02-30")]
    public async Task Report_with_deadline_before_found_date_or_unparseable_is_bad_input_and_writes_nothing(string deadline)
    {
        var count = await _api.ScalarAsync<long>("SELECT count(*) FROM hazards");
        var body = await _api.AsAsync("admin", "mutation($input: ReportHazardInput!) { reportHazard(input: $input) { id } }", new
        {
            input = new
            {
                subjectType = "BUILDING", subjectId = HazardApi.Id(await _api.BuildingInGridAsync()), category = "OTHER", severity = "GENERAL",
                description = "d", responsibleUnit = "u", deadline,
            },
        });

        Assert.Equal("BAD_USER_INPUT", HazardApi.ErrorCode(body));
        Assert.Equal(count, await _api.ScalarAsync<long>("SELECT count(*) FROM hazards"));
    }

    [Theory]
    [InlineData("BUILDING")]
    [InlineData("PLACE")]
    [InlineData("COMPOUND")]
    [InlineData("FIRE_LANE")]
    public async Task Report_on_unknown_subject_is_not_found(string subjectType)
    {
        var body = await _api.AsAsync("admin", "mutation($input: ReportHazardInput!) { reportHazard(input: $input) { id } }", new
        {
            input = new { subjectType, subjectId = "987654321", category = "OTHER", severity = "GENERAL", description = "d", responsibleUnit = "u" },
        });

        Assert.Equal("NOT_FOUND", HazardApi.ErrorCode(body));
    }

    [Fact]
    public async Task Step_on_unknown_hazard_is_not_found()
    {
        Assert.Equal("NOT_FOUND", HazardApi.ErrorCode(await _api.StepAsync("admin", "startRectification", "987654321", 1)));
    }

    [Fact]
    public async Task Report_by_point_inside_a_building_snaps_to_it()
    {
        var building = await _api.BuildingInGridAsync(1);
        var lon = await _api.ScalarAsync<double>("SELECT ST_X(ST_PointOnSurface(geom)) FROM buildings WHERE id = @id", ("id", building));
        var lat = await _api.ScalarAsync<double>("SELECT ST_Y(ST_PointOnSurface(geom)) FROM buildings WHERE id = @id", ("id", building));

        var hazard = await _api.ReportAsync("grid", new
        {
            point = new { lon, lat }, category = "EBIKE_INDOOR_CHARGING", severity = "GENERAL", description = "楼道内充电", responsibleUnit = "物业",
        });

        Assert.Equal(HazardApi.Id(building), hazard.GetProperty("subject").GetProperty("id").GetString());
        // The configured default for e-bikes charged indoors: 7 days.
        Assert.Equal(DateOnly.Parse(hazard.GetProperty("foundOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture).AddDays(7),
            DateOnly.Parse(hazard.GetProperty("deadline").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Report_by_point_outside_every_community_is_bad_input()
    {
        var body = await _api.AsAsync("admin", "mutation($input: ReportHazardInput!) { reportHazard(input: $input) { id } }", new
        {
            input = new { point = new { lon = 100.0, lat = 20.0 }, category = "OTHER", severity = "GENERAL", description = "d", responsibleUnit = "u" },
        });

        Assert.Equal("BAD_USER_INPUT", HazardApi.ErrorCode(body));
    }

    /// <summary>A new hazard in the grid worker's grid, walked to <paramref name="status"/>.</summary>
    private async Task<JsonElement> ReachAsync(string status)
    {
        var hazard = await _api.ReportOnAsync("admin", "building", await _api.BuildingInGridAsync());
        string[] path = status switch
        {
            "FOUND" => [],
            "RECTIFYING" => ["startRectification"],
            "AWAITING_REVIEW" => ["startRectification", "submitRectification"],
            _ => ["startRectification", "submitRectification", "reviewHazard"],
        };
        foreach (var step in path)
        {
            hazard = await _api.StepOkAsync("admin", step, hazard, step == "reviewHazard" ? ", accepted: true" : "");
        }

        Assert.Equal(status, hazard.GetProperty("status").GetString());
        return hazard;
    }
}
