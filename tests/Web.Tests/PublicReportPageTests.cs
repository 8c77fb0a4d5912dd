using System.Globalization;
using FireMap.TestHost;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FireMap.Web.Tests;

/// <summary>
/// The public report page end to end: a resident with no account marks the place, describes it and adds a
/// photo; community staff turn the report into a hazard; the tracking code then shows that outcome.
/// </summary>
[Collection(FireMapServerCollection.Name)]
public sealed class PublicReportPageTests(FireMapServerFixture server, Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task Public_report_without_account_becomes_a_hazard_and_its_code_shows_the_outcome()
    {
        var community = server.Accounts["community"].CommunityCode!;
        var (lon, lat) = await PointInAsync(community);

        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        // Base tiles come from the internet, which tests do not reach.
        await page.RouteAsync("**/tile.openstreetmap.org/**", route => route.AbortAsync());
        await page.GotoAsync($"{server.BaseUrl}/report-hazard.html");

        // A click on the map marks the place; the coordinates can then be corrected by hand.
        await page.Locator("#public-map").ClickAsync();
        await Expect(page.Locator("#report-lon")).Not.ToHaveValueAsync("");
        await page.Locator("#report-lon").FillAsync(lon.ToString("F6", CultureInfo.InvariantCulture));
        await page.Locator("#report-lat").FillAsync(lat.ToString("F6", CultureInfo.InvariantCulture));
        await page.Locator("#report-description").FillAsync("楼道内堆放大量纸箱，堵塞安全出口");
        await page.Locator("#report-photo").SetInputFilesAsync(new FilePayload { Name = "photo.jpg", MimeType = "image/jpeg", Buffer = TestImages.Jpeg(640, 480) });
        await page.Locator("#report-submit").ClickAsync();

        var codeText = page.Locator("#tracking-code");
        await Expect(codeText).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[A-Z2-9]{12}$"));
        var code = await codeText.TextContentAsync();

        // Staff of the community turn it into a hazard.
        using var staff = server.CreateClient("community");
        var queue = await GraphQLClient.QueryAsync(staff, """
            query($c: String) { publicReports(first: 100, communityCode: $c, status: [RECEIVED]) { edges { node { id trackingCode version hasPhoto } } } }
            """, new { c = community });
        var node = queue.GetProperty("publicReports").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node"))
            .Single(n => n.GetProperty("trackingCode").GetString() == code);
        Assert.True(node.GetProperty("hasPhoto").GetBoolean());
        var converted = await GraphQLClient.QueryAsync(staff, """
            mutation($id: ID!, $v: Int!) { convertPublicReport(id: $id, expectedVersion: $v,
                input: { category: BLOCKED_EXIT, severity: GENERAL, responsibleUnit: "物业服务中心" }) { hazardCode } }
            """, new { id = node.GetProperty("id").GetString(), v = node.GetProperty("version").GetInt32() });
        var hazardCode = converted.GetProperty("convertPublicReport").GetProperty("hazardCode").GetString()!;

        // The reporter follows the link with the code and sees the outcome, with no account.
        await page.Locator("#report-result a").ClickAsync();
        await Expect(page.Locator("#status-label")).ToHaveTextAsync("已立案为隐患");
        await Expect(page.Locator("#status-result")).ToContainTextAsync(hazardCode);
        await Expect(page.Locator("#status-result")).Not.ToContainTextAsync("community");

        var folder = Path.Combine(server.Root, "TestResults", "web");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "public-report-status.png") });
    }

    private async Task<(double Lon, double Lat)> PointInAsync(string community)
    {
        await using var command = server.DataSource.CreateCommand("SELECT ST_X(p), ST_Y(p) FROM (SELECT ST_PointOnSurface(geom) p FROM communities WHERE code = @c) x");
        command.Parameters.AddWithValue("c", community);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetDouble(0), reader.GetDouble(1));
    }
}
