using System.Net.Http.Json;
using System.Text.Json;
using FireMap.TestHost;
using static Microsoft.Playwright.Assertions;

namespace FireMap.Web.Tests;

/// <summary>
/// What each role sees once signed in: who it is at the top of the map, and only the blockage
/// actions the role may take. A grid worker's report is attributed to them in the audit log.
/// </summary>
[Collection(FireMapServerCollection.Name)]
public sealed class RoleViewTests(FireMapServerFixture server, Browser browser) : IClassFixture<Browser>
{
    [Theory]
    [InlineData("admin", true, true)]
    [InlineData("subdistrict", true, true)]
    [InlineData("community", true, true)]
    [InlineData("grid", true, true)]
    [InlineData("station", true, false)]
    [InlineData("analyst", false, false)]
    [InlineData("viewer", false, false)]
    public async Task Map_signedInAsEachDemoRole_showsWhoAndOnlyTheActionsTheRoleMay(string role, bool mayReport, bool mayClear)
    {
        using var admin = server.CreateClient();
        var started = DateTimeOffset.UtcNow.AddMinutes(-1);
        // An active blockage on a lane of the grid worker's grid: inside every role's scope.
        var lane = (await GridLanesAsync(admin, 1)).Single();
        var (id, code) = await LaneData.ReportAsync(admin, lane.Id);
        try
        {
            await using var map = await MapPage.OpenAsync(browser, server, role: role);
            var page = map.Page;
            var account = server.Accounts[role];

            var box = page.GetByTestId("account");
            await Expect(box.GetByTestId("account-name")).ToHaveTextAsync(await DisplayNameAsync(account.UserName));
            await Expect(box.GetByTestId("account-role")).ToHaveTextAsync(await RoleLabelAsync(admin, role, "zh"));
            await Expect(box.GetByTestId("sign-out")).ToHaveTextAsync("退出登录");

            var planner = new PlannerPage(page);
            await planner.OpenAsync();
            if (mayReport)
            {
                await Expect(page.GetByTestId("planner-report")).ToBeVisibleAsync();
            }
            else
            {
                await Expect(page.GetByTestId("planner-report")).ToBeHiddenAsync();
            }

            // The lane's popup offers a report only to those who may report.
            Assert.Equal(lane.Code, await page.EvaluateAsync<string>("code => window.fireMap.planner.openLane(code)", lane.Code));
            var lanePopup = page.Locator(".leaflet-popup-content .fm-popup").Last;
            await Expect(lanePopup).ToContainTextAsync(lane.Code);
            await Expect(lanePopup.GetByTestId("lane-report")).ToHaveCountAsync(mayReport ? 1 : 0);

            // The blockage's popup and its row in the planner list offer "clear" only to those who may clear.
            await page.EvaluateAsync("id => window.fireMap.planner.openBlockage(id)", id);
            var blockagePopup = planner.BlockagePopup(code);
            await Expect(blockagePopup).ToBeVisibleAsync();
            await Expect(blockagePopup.GetByTestId("blockage-clear")).ToHaveCountAsync(mayClear ? 1 : 0);
            await planner.Panel.Locator($"[data-testid=planner-compound][data-id='{lane.CompoundId}']").ClickAsync();
            var row = planner.Panel.Locator($"[data-testid=planner-blockage][data-id='{id}']");
            await Expect(row).ToContainTextAsync(code);
            await Expect(row.GetByTestId("planner-blockage-clear")).ToHaveCountAsync(mayClear ? 1 : 0);

            // The role's name follows the language switch.
            await page.GetByTestId("language-en").ClickAsync();
            await Expect(box.GetByTestId("account-role")).ToHaveTextAsync(await RoleLabelAsync(admin, role, "en"));
            await Expect(box.GetByTestId("sign-out")).ToHaveTextAsync("Sign out");
            Assert.Empty(map.Problems);
        }
        finally
        {
            await LaneData.ClearReportedSinceAsync(admin, started);
        }
    }

    [Fact]
    public async Task GridWorker_signsInOnTheFormAndReportsInTheirGrid_auditLogNamesThem()
    {
        using var admin = server.CreateClient();
        var started = DateTimeOffset.UtcNow.AddMinutes(-1);
        var candidates = await GridLanesAsync(admin, 10);
        var account = server.Accounts["grid"];
        await using var map = await MapPage.OpenSignedOutAsync(browser, server);
        var page = map.Page;
        try
        {
            await new SignInPage(page).SignInAsync(account.UserName, account.Password);
            await map.WaitUntilReadyAsync();
            await Expect(page.GetByTestId("account-role")).ToHaveTextAsync("网格员");
            // Before this, asking who was signed in got 401 (and a sign-in may have waited out the limit).
            var beforeSignIn = map.Problems.Count;

            var planner = new PlannerPage(page);
            await planner.OpenAsync();
            var colors = await planner.LaneColorsAsync();
            await page.GetByTestId("planner-report").ClickAsync();
            LaneData.Lane? lane = null;
            double[]? point = null;
            foreach (var candidate in candidates)
            {
                point = await planner.FreeMapPointAsync(candidate.Lon, candidate.Lat);
                if (point is not null)
                {
                    lane = candidate;
                    break;
                }
            }

            Assert.NotNull(lane);
            await planner.ClickAsync(point!);
            var form = page.GetByTestId("report-form").Last;
            await Expect(form).ToContainTextAsync(lane.Code);
            await form.GetByTestId("report-cause").SelectOptionAsync("ebike");
            await form.GetByTestId("report-width").FillAsync("1.5");
            await form.GetByTestId("report-note").FillAsync("网格员巡查发现");
            await form.GetByTestId("report-submit").ClickAsync();

            await planner.WaitForLaneStrokeAsync(lane.Code, colors["blocked"]);
            await planner.SettledAsync();
            var state = await planner.StateAsync();
            Assert.Equal(lane.Id, state.LastReport!.LaneId);
            await Expect(page.GetByTestId("planner-notice")).ToContainTextAsync($"已上报占用 {state.LastReport.Code}");
            Assert.Equal("demo-grid", account.UserName);
            Assert.Equal(account.UserName, await AuditLog.LastActorAsync(server, "blockage"));
            Assert.Empty(map.Problems.Skip(beforeSignIn));
        }
        finally
        {
            await LaneData.ClearReportedSinceAsync(admin, started);
        }
    }

    /// <summary>Clear lanes, each with a point no other lane comes near, in the grid worker's grids.</summary>
    private async Task<List<LaneData.Lane>> GridLanesAsync(HttpClient admin, int count)
    {
        var inGrid = await LaneData.LaneIdsInGridsAsync(server, server.Accounts["grid"].GridCodes);
        var lanes = await LaneData.IsolatedClearLanesAsync(admin, count, inGrid);
        Assert.True(lanes.Count > 0, $"no isolated clear lane in the grids {string.Join(", ", server.Accounts["grid"].GridCodes)}");
        return lanes;
    }

    private async Task<string> DisplayNameAsync(string userName)
    {
        await using var command = server.DataSource.CreateCommand("SELECT display_name FROM users WHERE user_name = $1");
        command.Parameters.Add(new() { Value = userName });
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<string> RoleLabelAsync(HttpClient client, string role, string language)
    {
        var vocabulary = await client.GetFromJsonAsync<JsonElement>("/api/vocabulary");
        var term = vocabulary.GetProperty("role").GetProperty("terms").EnumerateArray().Single(t => t.GetProperty("code").GetString() == role);
        return term.GetProperty(language).GetString()!;
    }
}
