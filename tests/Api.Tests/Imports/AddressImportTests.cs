using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using FireMap.Spatial.Geodesy;
using FireMap.TestHost;

namespace FireMap.Api.Tests.Imports;

/// <summary>CSV rows with an address but no coordinates are placed through the geocoder, or reported.</summary>
[Collection(FireMapServerCollection.Name)]
public sealed class AddressImportTests(FireMapServerFixture server)
{
    private const string Header = "code,name,category,address,community_code,capacity,lon,lat";

    [Fact]
    public async Task PlacesCsv_row_with_known_building_address_is_placed_on_that_building()
    {
        var (address, community, lon, lat) = await BuildingAsync();
        var csv = $"{Header}\nT-GEO1,测试餐馆,restaurant,重庆市大渡口区{address},{community},40,,\nT-GEO2,测试超市,market,跃进村路1号,{community},80,106.481,29.481\n";

        using var response = await PostAsync(csv, allowUnplaced: false);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, body.GetProperty("imported").GetProperty("places").GetInt32());
        var (placedLon, placedLat) = await PointAsync("T-GEO1");
        Assert.True(Geodesic.DistanceMeters(lon, lat, placedLon, placedLat) < 1, "placed at the building's point");
    }

    [Fact]
    public async Task PlacesCsv_row_with_unknown_address_refuses_import_listing_it_and_writes_nothing()
    {
        var (_, community, _, _) = await BuildingAsync();
        var before = await CountAsync();
        var csv = $"{Header}\nT-GEO3,测试网吧,entertainment,跃进村路1号,{community},30,106.48,29.48\nT-GEO4,测试茶馆,restaurant,北京市朝阳区不存在小区9栋,{community},20,,\n";

        using var response = await PostAsync(csv, allowUnplaced: false);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var unplaced = Assert.Single(problem.GetProperty("unplaced").EnumerateArray());
        Assert.Equal(2, unplaced.GetProperty("record").GetInt32());
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task PlacesCsv_with_allowUnplaced_imports_the_placed_rows_and_lists_the_skipped()
    {
        var (_, community, _, _) = await BuildingAsync();
        var csv = $"{Header}\nT-GEO5,测试药店,market,跃进村路2号,{community},30,106.4805,29.4805\nT-GEO6,测试书店,market,火星路1号,{community},20,,\n";

        using var response = await PostAsync(csv, allowUnplaced: true);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, body.GetProperty("imported").GetProperty("places").GetInt32());
        Assert.Equal("火星路1号", Assert.Single(body.GetProperty("skipped").EnumerateArray()).GetProperty("address").GetString());
    }

    private async Task<(string Address, string Community, double Lon, double Lat)> BuildingAsync()
    {
        await using var command = server.DataSource.CreateCommand("""
            SELECT b.address, c.code, ST_X(ST_PointOnSurface(b.geom)), ST_Y(ST_PointOnSurface(b.geom))
            FROM buildings b JOIN communities c ON c.id = b.community_id
            WHERE b.compound_id IS NOT NULL AND b.code NOT LIKE 'P%' ORDER BY b.id LIMIT 1 OFFSET 40
            """);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetString(0), reader.GetString(1), reader.GetDouble(2), reader.GetDouble(3));
    }

    private async Task<(double Lon, double Lat)> PointAsync(string code)
    {
        await using var command = server.DataSource.CreateCommand("SELECT ST_X(geom), ST_Y(geom) FROM places WHERE code = @code");
        command.Parameters.AddWithValue("code", code);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), $"place {code} was imported");
        return (reader.GetDouble(0), reader.GetDouble(1));
    }

    private async Task<long> CountAsync()
    {
        await using var command = server.DataSource.CreateCommand("SELECT count(*) FROM places");
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private async Task<HttpResponseMessage> PostAsync(string csv, bool allowUnplaced)
    {
        using var client = server.CreateClient();
        client.DefaultRequestHeaders.Add("X-FireMap-Request", "1");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(csv, Encoding.UTF8, "text/csv"), "files", "places.csv" },
        };
        return await client.PostAsync(new Uri($"/api/imports?allowUnplaced={allowUnplaced.ToString().ToLowerInvariant()}", UriKind.Relative), form);
    }
}
