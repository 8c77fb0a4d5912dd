using System.Net;
using System.Text.Json;
using FireMap.Api.Tests.Accounts;
using FireMap.TestHost;

namespace FireMap.Api.Tests.Registers;

/// <summary>
/// The map layers of fires (every incident has a point) and event venues: the office sees every one, community staff
/// and grid workers those of their community (and fires outside every community), without an account nothing; no
/// feature carries the scoping column.
/// </summary>
[Collection(FireMapServerCollection.Name)]
public sealed class RegisterLayerTests(FireMapServerFixture server)
{
    private readonly AccountApi _api = new(server);

    [Theory]
    [InlineData("community")]
    [InlineData("grid")]
    public async Task Fires_layer_shows_the_community_s_fires_to_its_staff(string role)
    {
        var community = server.Accounts[role].CommunityCode!;
        var all = await _api.ScalarAsync<long>("SELECT count(*) FROM incidents");
        Assert.True(all > 0, "the demo data have fires");
        // A fire belongs to the first community (by id) whose area holds it, as the layer says; outside every one it is no one's.
        var own = await _api.ScalarAsync<long>("""
            SELECT count(*) FROM incidents i
            LEFT JOIN LATERAL (SELECT code FROM communities WHERE ST_Intersects(geom, i.geom) ORDER BY id LIMIT 1) c ON true
            WHERE c.code = @c OR c.code IS NULL
            """, ("c", community));

        var office = await LayerAsync("subdistrict", "incidents");
        Assert.Equal(all, office.Count);
        var scoped = await LayerAsync(role, "incidents");
        Assert.Equal(own, scoped.Count);
        Assert.All(scoped, f =>
        {
            var code = f.GetProperty("properties").GetProperty("community_code");
            Assert.True(code.ValueKind == JsonValueKind.Null || code.GetString() == community);
            Assert.Equal("Point", f.GetProperty("geometry").GetProperty("type").GetString());
            Assert.False(f.GetProperty("properties").TryGetProperty("community_id", out _));
        });
    }

    [Fact]
    public async Task Event_venues_layer_is_scoped_to_the_community()
    {
        var own = server.Accounts["community"].CommunityCode!;
        var other = await _api.ScalarAsync<string>("SELECT code FROM communities WHERE code <> @c ORDER BY code LIMIT 1", ("c", own));
        var id = await _api.ScalarAsync<long>("""
            INSERT INTO event_venues (event_name, venue_name, community_id, starts_on, ends_on, risk_level, geom)
            SELECT '图层检验活动', '图层检验场地', id, current_date, current_date + 1, 'significant', ST_PointOnSurface(geom)
            FROM communities WHERE code = @c RETURNING id
            """, ("c", other));
        try
        {
            var office = await LayerAsync("subdistrict", "event-venues");
            Assert.Equal(await _api.ScalarAsync<long>("SELECT count(*) FROM event_venues"), office.Count);
            var added = Assert.Single(office, f => f.GetProperty("id").GetInt64() == id);
            Assert.Equal("significant", added.GetProperty("properties").GetProperty("risk_level").GetString());
            Assert.Equal("图层检验场地", added.GetProperty("properties").GetProperty("venue_name").GetString());

            var scoped = await LayerAsync("community", "event-venues");
            Assert.Equal(await _api.ScalarAsync<long>(
                "SELECT count(*) FROM event_venues v JOIN communities c ON c.id = v.community_id WHERE c.code = @c", ("c", own)), scoped.Count);
            Assert.DoesNotContain(scoped, f => f.GetProperty("id").GetInt64() == id);

            using var anonymous = server.CreateAnonymousClient();
            using var refused = await anonymous.GetAsync(new Uri("/api/layers/event-venues.geojson", UriKind.Relative));
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
            using var refusedFires = await anonymous.GetAsync(new Uri("/api/layers/incidents.geojson", UriKind.Relative));
            Assert.Equal(HttpStatusCode.Unauthorized, refusedFires.StatusCode);
        }
        finally
        {
            await _api.ScalarAsync<int>("WITH d AS (DELETE FROM event_venues WHERE id = @id RETURNING 1) SELECT count(*)::int FROM d", ("id", id));
        }
    }

    private async Task<List<JsonElement>> LayerAsync(string role, string layer)
    {
        using var client = server.CreateClient(role);
        var body = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/layers/{layer}.geojson", UriKind.Relative))).RootElement;
        return [.. body.GetProperty("features").EnumerateArray()];
    }
}
