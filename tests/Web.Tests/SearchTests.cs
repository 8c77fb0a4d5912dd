using System.Globalization;
using FireMap.TestHost;
using static Microsoft.Playwright.Assertions;

namespace FireMap.Web.Tests;

/// <summary>
/// The address search box against the real geocoder: a known building is flown to, outlined and
/// labelled 楼栋; an unknown address is said to be unknown and the map stays where it was; an
/// uncertain one lists candidates to choose from; a right-click says the address there.
/// </summary>
[Collection(FireMapServerCollection.Name)]
public sealed class SearchTests(FireMapServerFixture server, Browser browser) : IClassFixture<Browser>
{
    private const string Prefix = "重庆市大渡口区";

    private const string FirstBuildingQuery = "{ buildings(first: 1) { edges { node { id address } } } }";

    private const string GeocodeQuery = """
        query($a: String!) {
          geocode(address: $a, limit: 5) { best { level id lon lat } candidates { level id name score confident lon lat } }
        }
        """;

    private const string ReverseQuery = "query($p: PointInput!) { reverseGeocode(point: $p) { level id address distanceMeters lon lat } }";

    [Fact]
    public async Task Search_demoBuildingAddressEntered_fliesToItLabelledBuildingAndOutlinesIt()
    {
        using var client = server.CreateClient();
        var node = (await GraphQLClient.QueryAsync(client, FirstBuildingQuery, new { }))
            .GetProperty("buildings").GetProperty("edges")[0].GetProperty("node");
        var id = node.GetProperty("id").GetString()!;
        var address = Prefix + node.GetProperty("address").GetString();
        await using var map = await MapPage.OpenAsync(browser, server);
        var search = new SearchPage(map.Page);

        await search.SearchAsync(address);

        await Expect(search.Level).ToHaveTextAsync("楼栋");
        await Expect(search.Level).ToHaveAttributeAsync("data-level", "building");
        await Expect(search.Score).ToHaveTextAsync("100%");
        var state = await search.StateAsync();
        Assert.Equal("matched", state.Outcome);
        var best = state.Best!;
        Assert.Equal(("building", id), (best.Level, best.Id));
        var view = await search.ViewAsync();
        var off = SearchPage.Meters(view.Lon, view.Lat, best.Lon, best.Lat);
        Assert.True(off <= 30, $"the map centre is {off:F1} m from the building's point");
        Assert.Equal(18, view.Zoom);

        // The same building the API names, outlined on the map, its popup open.
        var api = (await GraphQLClient.QueryAsync(client, GeocodeQuery, new { a = address })).GetProperty("geocode").GetProperty("best");
        Assert.Equal(id, api.GetProperty("id").GetString());
        Assert.Equal(api.GetProperty("lon").GetDouble(), best.Lon, 1e-9);
        Assert.Equal(api.GetProperty("lat").GetDouble(), best.Lat, 1e-9);
        Assert.Equal("buildings", state.Shown!.Layer);
        Assert.Equal([id], state.Shown.Ids);
        Assert.Equal(1, state.Shown.Outlined);
        await Expect(search.Outline).ToHaveCountAsync(2);
        var popup = map.Page.Locator(".leaflet-popup-content .fm-popup");
        await Expect(popup.Locator(".fm-popup-layer")).ToHaveTextAsync("建筑");
        await Expect(popup).ToContainTextAsync(node.GetProperty("address").GetString()!);

        await map.Page.GetByTestId("language-en").ClickAsync();
        await Expect(search.Level).ToHaveTextAsync("Building");
        await Expect(search.Input).ToHaveAttributeAsync("placeholder", "Search address / compound / building …");
        Assert.Empty(map.Problems);
    }

    [Fact]
    public async Task Search_unknownAddress_saysNothingMatchesAndStaysPut()
    {
        await using var map = await MapPage.OpenAsync(browser, server);
        var search = new SearchPage(map.Page);
        var before = await search.ViewAsync();

        await search.SearchAsync("火星路1号");

        await Expect(search.Message).ToHaveTextAsync("未找到与“火星路1号”相符的地址、小区、楼栋或场所。");
        await Expect(search.Level).ToHaveCountAsync(0);
        await Expect(search.Candidates).ToHaveCountAsync(0);
        var state = await search.StateAsync();
        Assert.Equal("none", state.Outcome);
        Assert.Null(state.Best);
        Assert.Null(state.Shown);
        Assert.Equal(before, await search.ViewAsync());
        await Expect(search.Outline).ToHaveCountAsync(0);
        Assert.Empty(map.Problems);
    }

    [Fact]
    public async Task Search_uncertainName_listsTheApisCandidatesAndFliesToTheOnePicked()
    {
        const string Text = "松林";
        using var client = server.CreateClient();
        var api = (await GraphQLClient.QueryAsync(client, GeocodeQuery, new { a = Text })).GetProperty("geocode");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, api.GetProperty("best").ValueKind);
        var expected = api.GetProperty("candidates").EnumerateArray().ToList();
        Assert.True(expected.Count >= 2, "the demo gazetteer has several 松林 names");
        await using var map = await MapPage.OpenAsync(browser, server);
        var search = new SearchPage(map.Page);
        var before = await search.ViewAsync();

        await search.SearchAsync(Text);

        await Expect(search.Message).ToHaveTextAsync("未能确定，您是不是要找：");
        await Expect(search.Candidates).ToHaveCountAsync(expected.Count);
        Assert.Equal(before, await search.ViewAsync());
        var rows = await search.Candidates.EvaluateAllAsync<string[][]>("rows => rows.map(r => [r.dataset.level, r.dataset.id, r.dataset.score])");
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].GetProperty("level").GetString()!.ToLowerInvariant(), rows[i][0]);
            Assert.Equal(expected[i].GetProperty("id").GetString() ?? "", rows[i][1]);
            Assert.True(double.Parse(rows[i][2], CultureInfo.InvariantCulture) < 0.8, "an uncertain answer lists no confident candidate");
        }

        await search.Candidates.First.ClickAsync();
        await search.SettledAsync();

        var first = expected[0];
        await Expect(search.Level).ToHaveAttributeAsync("data-level", first.GetProperty("level").GetString()!.ToLowerInvariant());
        await Expect(search.Candidates).ToHaveCountAsync(0);
        var view = await search.ViewAsync();
        var off = SearchPage.Meters(view.Lon, view.Lat, first.GetProperty("lon").GetDouble(), first.GetProperty("lat").GetDouble());
        Assert.True(off <= 30, $"the map centre is {off:F1} m from the picked candidate");
        Assert.Equal(first.GetProperty("id").GetString(), (await search.StateAsync()).Shown!.Id);
        Assert.Empty(map.Problems);
    }

    [Fact]
    public async Task Search_emptyOrOverlongAddress_saysWhatIsWrongInWords()
    {
        await using var map = await MapPage.OpenAsync(browser, server);
        var search = new SearchPage(map.Page);

        await search.SearchAsync("   ");
        await Expect(search.Message).ToHaveTextAsync("请输入要查找的地址。");

        await search.SearchAsync(new string('路', 201));
        await Expect(search.Message).ToHaveTextAsync("地址太长：最多 200 个字，当前 201 个字。");
        Assert.Equal("error", (await search.StateAsync()).Outcome);

        await map.Page.GetByTestId("language-en").ClickAsync();
        await Expect(search.Message).ToHaveTextAsync("The address is too long: 200 characters at most, this one has 201.");
        Assert.Empty(map.Problems);
    }

    [Fact]
    public async Task Search_rightClickOnTheMap_saysTheNearestAddressAndHowFar()
    {
        using var client = server.CreateClient();
        await using var map = await MapPage.OpenAsync(browser, server);
        var search = new SearchPage(map.Page);
        var box = await map.Page.Locator("#map").BoundingBoxAsync();
        var x = box!.X + (box.Width / 2) + 40;
        var y = box.Y + (box.Height / 2) + 40;

        await map.Page.Mouse.ClickAsync((float)x, (float)y, new() { Button = Microsoft.Playwright.MouseButton.Right });
        await search.SettledAsync();

        var here = (await search.StateAsync()).Here!;
        Assert.Equal("ready", here.Status);
        var api = (await GraphQLClient.QueryAsync(client, ReverseQuery, new { p = new { lon = here.Lon, lat = here.Lat } })).GetProperty("reverseGeocode");
        var popup = map.Page.GetByTestId("search-here");
        await Expect(popup.Locator(".fm-popup-title")).ToHaveTextAsync("此处地址");
        await Expect(map.Page.GetByTestId("search-here-address")).ToHaveTextAsync(api.GetProperty("address").GetString()!);
        var meters = Math.Round(api.GetProperty("distanceMeters").GetDouble(), MidpointRounding.AwayFromZero).ToString("N0", CultureInfo.InvariantCulture);
        await Expect(map.Page.GetByTestId("search-here-distance")).ToHaveTextAsync($"距此约 {meters} 米");

        await map.Page.GetByTestId("search-here-show").ClickAsync();
        await search.SettledAsync();
        var state = await search.StateAsync();
        Assert.Equal(api.GetProperty("id").GetString(), state.Shown!.Id);
        await Expect(search.Level).ToHaveAttributeAsync("data-level", api.GetProperty("level").GetString()!.ToLowerInvariant());
        Assert.Empty(map.Problems);
    }
}
