using FireMap.Api.Coverage;
using FireMap.TestHost;
using Microsoft.Extensions.DependencyInjection;
using static FireMap.Api.Tests.GraphQL.GraphQLRequests;

namespace FireMap.Api.Tests.Coverage;

/// <summary>Isochrones are kept between questions and recomputed after the network changes (here: a blockage reported and cleared).</summary>
[Collection(FireMapServerCollection.Name)]
public sealed class IsochroneKeepingTests(FireMapServerFixture server)
{
    [Fact]
    public async Task Kept_isochrones_are_dropped_when_a_blockage_changes_the_network()
    {
        var isochrones = server.Services.GetRequiredService<StationIsochrones>();
        var first = await isochrones.ForAsync(null, ["fire_station"], 5, CancellationToken.None);
        Assert.Same(first, await isochrones.ForAsync(null, ["fire_station"], 5, CancellationToken.None));

        long laneId;
        await using (var command = server.DataSource.CreateCommand("SELECT l.id FROM fire_lanes l JOIN fire_lane_states s ON s.lane_id = l.id AND s.status <> 'blocked' ORDER BY l.id LIMIT 1"))
        {
            laneId = (long)(await command.ExecuteScalarAsync())!;
        }

        using var client = server.CreateClient();
        var report = await PostAsync(client, """
            mutation($lane: ID!) { reportBlockage(input: {laneId: $lane, cause: PARKED_CAR, remainingWidthMeters: 1.0, note: "isochrone test"}) { id } }
            """, new { lane = laneId.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var blockageId = report.GetProperty("data").GetProperty("reportBlockage").GetProperty("id").GetString();
        try
        {
            Assert.NotSame(first, await isochrones.ForAsync(null, ["fire_station"], 5, CancellationToken.None));
        }
        finally
        {
            await PostAsync(client, "mutation($id: ID!) { clearBlockage(id: $id, note: \"done\") { id } }", new { id = blockageId });
        }

        var cleared = await isochrones.ForAsync(null, ["fire_station"], 5, CancellationToken.None);
        Assert.NotSame(first, cleared);
        Assert.Equal(first.Select(i => (i.StationId, i.Nodes)), cleared.Select(i => (i.StationId, i.Nodes)));
    }
}
