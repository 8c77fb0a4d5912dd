using FireMap.TestHost;
using static Microsoft.Playwright.Assertions;

namespace FireMap.Web.Tests;

/// <summary>
/// The planners' blockage workflow on the map against the real API: report on a lane, see it
/// change colour, clear it, and the conflict when someone else cleared it first. Every blockage a
/// test reports is cleared again, so the other tests see the demo data's active blockages.
/// </summary>
[Collection(FireMapServerCollection.Name)]
public sealed class PlannerTests(FireMapServerFixture server, Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task Planner_blockageReportedOnAClearLaneThenCleared_laneTurnsRedThenGreenAgain()
    {
        using var client = server.CreateClient();
        var started = DateTimeOffset.UtcNow.AddMinutes(-1);
        var candidates = await LaneData.IsolatedClearLanesAsync(client, 10);
        Assert.NotEmpty(candidates);
        await using var map = await MapPage.OpenAsync(browser, server);
        var page = map.Page;
        var planner = new PlannerPage(page);
        var reportRequests = new List<IReadOnlyDictionary<string, string>>();
        page.Request += (_, request) =>
        {
            if (request.Url.EndsWith("/graphql", StringComparison.Ordinal) && request.PostData?.Contains("reportBlockage", StringComparison.Ordinal) == true)
            {
                reportRequests.Add(request.Headers);
            }
        };

        try
        {
            await planner.OpenAsync();
            var colors = await planner.LaneColorsAsync();
            var markers = await planner.Markers.CountAsync();
            await page.GetByTestId("planner-report").ClickAsync();
            await Expect(page.GetByTestId("planner-report-hint")).ToBeVisibleAsync();

            // A point in the middle of a clear lane, where nothing on the map covers it.
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
            Assert.Equal(new PlannerPage.LaneStyle("clear", colors["clear"], null), await planner.LaneStyleAsync(lane.Code));
            await planner.ClickAsync(point!);
            // A replaced popup fades out for a moment, so two forms can briefly coexist; the newest is the live one.
            var form = page.GetByTestId("report-form").Last;
            await Expect(form).ToContainTextAsync(lane.Code);
            await form.GetByTestId("report-cause").SelectOptionAsync("parked_car");
            await form.GetByTestId("report-width").FillAsync("2");
            await form.GetByTestId("report-note").FillAsync("浏览器测试：临时停车");
            await form.GetByTestId("report-submit").ClickAsync();

            // Less than 4 m left: the lane is blocked, drawn red, and the blockage is on the map.
            await planner.WaitForLaneStrokeAsync(lane.Code, colors["blocked"]);
            await planner.SettledAsync();
            var state = await planner.StateAsync();
            Assert.Equal(lane.Id, state.LastReport!.LaneId);
            Assert.False(state.Reporting);
            Assert.Equal("blocked", (await planner.LaneStyleAsync(lane.Code))!.Status);
            Assert.NotEqual(colors["clear"], colors["blocked"]);
            await Expect(planner.Markers).ToHaveCountAsync(markers + 1);
            await Expect(page.GetByTestId("planner-notice")).ToContainTextAsync($"已上报占用 {state.LastReport.Code}");
            // The service names the signed-in user in the audit log; the map sends no name of its own.
            Assert.DoesNotContain(reportRequests, headers => headers.ContainsKey("x-firemap-actor"));
            Assert.Equal(server.Accounts[SignIn.DefaultRole].UserName, await AuditLog.LastActorAsync(server, "blockage"));
            var popup = planner.BlockagePopup(state.LastReport.Code);
            await Expect(popup).ToBeVisibleAsync();
            await Expect(popup).ToContainTextAsync("机动车停放");
            await Expect(popup).ToContainTextAsync("2 米");
            await Expect(popup).ToContainTextAsync("浏览器测试：临时停车");

            await popup.GetByTestId("blockage-clear").ClickAsync();
            await popup.GetByTestId("blockage-clear-note").FillAsync("已挪车");
            await popup.GetByTestId("blockage-clear-confirm").ClickAsync();

            await planner.WaitForLaneStrokeAsync(lane.Code, colors["clear"]);
            await planner.SettledAsync();
            Assert.Equal(new PlannerPage.LaneStyle("clear", colors["clear"], null), await planner.LaneStyleAsync(lane.Code));
            await Expect(planner.Markers).ToHaveCountAsync(markers);
            await Expect(page.GetByTestId("planner-notice")).ToContainTextAsync($"已清除占用 {state.LastReport.Code}");
            Assert.Empty(map.Problems);
        }
        finally
        {
            await LaneData.ClearReportedSinceAsync(client, started);
        }
    }

    [Fact]
    public async Task ReportForm_pointFarFromAnyLane_showsWhyAndKeepsTheForm()
    {
        await using var map = await MapPage.OpenAsync(browser, server);
        var planner = new PlannerPage(map.Page);
        await planner.OpenAsync();
        await map.Page.GetByTestId("planner-report").ClickAsync();

        // South-west of the sub-district's demo data: open ground, no lane within 20 m.
        var point = await planner.FreeMapPointAsync(106.44, 29.44);
        Assert.NotNull(point);
        await planner.ClickAsync(point);
        // A replaced popup fades out for a moment, so two forms can briefly coexist; the newest is the live one.
        var form = map.Page.GetByTestId("report-form").Last;
        await Expect(form).ToContainTextAsync("20 米内没有消防车通道");
        await form.GetByTestId("report-width").FillAsync("1.5");
        await form.GetByTestId("report-submit").ClickAsync();

        var error = form.GetByTestId("report-error");
        await Expect(error).ToContainTextAsync("此处 20 米内没有消防车通道");
        await Expect(error).ToContainTextAsync("No fire lane lies within 20 m");
        var state = await planner.StateAsync();
        Assert.True(state.FormOpen);
        Assert.True(state.Reporting);
        Assert.Null(state.LastReport);
        Assert.Empty(map.Problems);
    }

    [Fact]
    public async Task ClearAction_blockageClearedMeanwhile_saysItWasAlreadyCleared()
    {
        using var client = server.CreateClient();
        var started = DateTimeOffset.UtcNow.AddMinutes(-1);
        var lane = (await LaneData.IsolatedClearLanesAsync(client, 1)).Single();
        var (id, code) = await LaneData.ReportAsync(client, lane.Id);
        try
        {
            await using var map = await MapPage.OpenAsync(browser, server);
            var page = map.Page;
            var planner = new PlannerPage(page);
            await planner.OpenAsync();

            // The lane's compound in the list, opened: the blockage is listed with its clear button.
            await planner.Panel.Locator($"[data-testid=planner-compound][data-id='{lane.CompoundId}']").ClickAsync();
            var row = planner.Panel.Locator($"[data-testid=planner-blockage][data-id='{id}']");
            await Expect(row).ToContainTextAsync(code);
            await row.GetByTestId("planner-blockage-clear").ClickAsync();
            await row.GetByTestId("planner-blockage-clear-note").FillAsync("现场已清理");

            await LaneData.ClearAsync(client, id); // someone else was quicker
            await row.GetByTestId("planner-blockage-clear-confirm").ClickAsync();

            var notice = page.GetByTestId("planner-notice");
            await Expect(notice).ToContainTextAsync($"该占用已被清除（{code}）");
            await Expect(notice).ToHaveAttributeAsync("role", "alert");
            await planner.SettledAsync();
            // The map and the list catch up with what the service says now.
            Assert.Equal("clear", (await planner.LaneStyleAsync(lane.Code))!.Status);
            await Expect(row).ToHaveCountAsync(0);
            Assert.DoesNotContain(id, await page.EvaluateAsync<string[]>("() => window.fireMap.planner.blockageIds()"));
            Assert.Empty(map.Problems);
        }
        finally
        {
            await LaneData.ClearReportedSinceAsync(client, started);
        }
    }
}
