using System.Globalization;
using FireMap.Api.Changes;
using FireMap.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace FireMap.Api.Tests.Hazards;

/// <summary>A hazard change reaches the risk scores of its compound without a full recompute.</summary>
[Collection(FireMapServerCollection.Name)]
public sealed class HazardRiskTests(FireMapServerFixture server) : IAsyncLifetime
{
    private readonly HazardApi _api = new(server);
    private long _maxId;

    public async Task InitializeAsync() => _maxId = await _api.MaxIdAsync();

    public Task DisposeAsync() => _api.RemoveAfterAsync(_maxId);

    [Fact]
    public async Task Risk_of_compound_rises_with_a_major_hazard_and_falls_back_when_it_is_closed()
    {
        var building = await _api.BuildingInGridAsync();
        var compoundId = await _api.ScalarAsync<long>("SELECT compound_id FROM buildings WHERE id = @id", ("id", building));
        var compound = HazardApi.Id(compoundId);
        // Routed station times follow the network: a blockage elsewhere re-scores its own compound at once and this
        // one at the next whole run (docs/risk-model.md). Scoring it now puts both sides of the comparison on today's network.
        await server.Services.GetRequiredService<DataChanges>().CompoundChangedAsync(compoundId);
        var before = await ScoreAsync(compound);

        var hazard = await _api.ReportOnAsync("subdistrict", "compound", compoundId, "MAJOR");
        var open = await ScoreAsync(compound);
        Assert.True(open > before, $"score {before} → {open} after a major supervised hazard");

        hazard = await _api.StepOkAsync("subdistrict", "startRectification", hazard);
        hazard = await _api.StepOkAsync("subdistrict", "submitRectification", hazard);
        await _api.StepOkAsync("subdistrict", "reviewHazard", hazard, ", accepted: true");

        var closed = await ScoreAsync(compound);
        Assert.True(closed < open, $"score {open} → {closed} after closing");
        Assert.Equal(before, closed, 3);
    }

    private async Task<double> ScoreAsync(string compound) =>
        (await _api.DataAsync("admin", "query($id: ID!) { compound(id: $id) { risk { score } } }", new { id = compound }))
            .GetProperty("compound").GetProperty("risk").GetProperty("score").GetDouble();
}
