using FireMap.TestHost;

namespace FireMap.Api.Tests.Hazards;

/// <summary>Who may change hazards, and where: roles without the rule are refused, scoped users outside their scope too, and nothing is written.</summary>
[Collection(FireMapServerCollection.Name)]
public sealed class HazardAccessTests(FireMapServerFixture server) : IAsyncLifetime
{
    private readonly HazardApi _api = new(server);
    private long _maxId;

    public async Task InitializeAsync() => _maxId = await _api.MaxIdAsync();

    public Task DisposeAsync() => _api.RemoveAfterAsync(_maxId);

    [Theory]
    [InlineData("station")]
    [InlineData("analyst")]
    [InlineData("viewer")]
    public async Task Reading_roles_cannot_report_or_move_hazards(string role)
    {
        var count = await _api.ScalarAsync<long>("SELECT count(*) FROM hazards");
        var report = await _api.AsAsync(role, "mutation($input: ReportHazardInput!) { reportHazard(input: $input) { id } }", new
        {
            input = new { subjectType = "BUILDING", subjectId = HazardApi.Id(await _api.BuildingInGridAsync()), category = "OTHER", severity = "GENERAL", description = "d", responsibleUnit = "u" },
        });
        Assert.Equal("FORBIDDEN", HazardApi.ErrorCode(report));
        Assert.Equal(count, await _api.ScalarAsync<long>("SELECT count(*) FROM hazards"));

        var hazard = await _api.ReportOnAsync("admin", "building", await _api.BuildingInGridAsync());
        var before = await _api.TraceAsync(hazard.GetProperty("id").GetString()!);
        Assert.Equal("FORBIDDEN", HazardApi.ErrorCode(await _api.StepAsync(role, "startRectification", hazard)));
        Assert.Equal("FORBIDDEN", HazardApi.ErrorCode(await _api.StepAsync(role, "superviseHazard", hazard, ", supervisingUnit: \"x\"")));
        Assert.Equal(before, await _api.TraceAsync(hazard.GetProperty("id").GetString()!));
    }

    [Theory]
    [InlineData("community")]
    [InlineData("grid")]
    public async Task Scoped_roles_cannot_list_or_end_supervision(string role)
    {
        var hazard = await _api.ReportOnAsync("admin", "building", await _api.BuildingInGridAsync(), "MAJOR");
        var before = await _api.TraceAsync(hazard.GetProperty("id").GetString()!);

        Assert.Equal("FORBIDDEN", HazardApi.ErrorCode(await _api.StepAsync(role, "endSupervision", hazard)));
        Assert.Equal(before, await _api.TraceAsync(hazard.GetProperty("id").GetString()!));
    }

    [Theory]
    [InlineData("community")]
    [InlineData("grid")]
    public async Task Scoped_roles_outside_their_community_are_forbidden_and_nothing_is_written(string role)
    {
        var outside = await _api.BuildingOutsideCommunityAsync();
        var count = await _api.ScalarAsync<long>("SELECT count(*) FROM hazards");
        var report = await _api.AsAsync(role, "mutation($input: ReportHazardInput!) { reportHazard(input: $input) { id } }", new
        {
            input = new { subjectType = "BUILDING", subjectId = HazardApi.Id(outside), category = "OTHER", severity = "GENERAL", description = "d", responsibleUnit = "u" },
        });
        Assert.Equal("FORBIDDEN", HazardApi.ErrorCode(report));
        Assert.Equal(count, await _api.ScalarAsync<long>("SELECT count(*) FROM hazards"));

        var hazard = await _api.ReportOnAsync("admin", "building", outside);
        var before = await _api.TraceAsync(hazard.GetProperty("id").GetString()!);
        Assert.Equal("FORBIDDEN", HazardApi.ErrorCode(await _api.StepAsync(role, "startRectification", hazard)));
        Assert.Equal(before, await _api.TraceAsync(hazard.GetProperty("id").GetString()!));
    }

    [Fact]
    public async Task Grid_worker_outside_their_grids_but_in_their_community_is_forbidden()
    {
        var account = server.Accounts["grid"];
        var building = await _api.ScalarAsync<long>("""
            SELECT b.id FROM buildings b JOIN compounds x ON x.id = b.compound_id JOIN grids g ON g.id = x.grid_id
            JOIN communities c ON c.id = g.community_id
            WHERE c.code = @community AND g.code <> ALL (@grids) ORDER BY b.id LIMIT 1
            """, ("community", account.CommunityCode!), ("grids", account.GridCodes.ToArray()));
        var hazard = await _api.ReportOnAsync("community", "building", building);

        Assert.Equal("FORBIDDEN", HazardApi.ErrorCode(await _api.StepAsync("grid", "startRectification", hazard)));
    }
}
