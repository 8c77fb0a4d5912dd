using System.Globalization;
using System.Text.Json;
using FireMap.TestHost;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FireMap.Web.Tests;

/// <summary>
/// The hazard panel against the real API: a hazard reported by a click on the map walks through
/// 发现 → 整改 → 复查 (refused) → 整改 → 复查 → 销号, with the layer, the list and the counts following
/// it; a stale version is said as a conflict; the panel works at phone width; a viewer sees no
/// actions. Every hazard a test reports is deleted again at its end.
/// </summary>
[Collection(FireMapServerCollection.Name)]
public sealed class HazardTests(FireMapServerFixture server, Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task HazardPanel_reportedOnTheMap_walksToClosedWithAFailedReview()
    {
        await using var map = await MapPage.OpenAsync(browser, server);
        var page = map.Page;
        string? id = null;
        try
        {
            await OpenPanelAsync(page);
            var before = await SummaryAsync(page);
            await Expect(page.GetByTestId("hazard-alerts")).ToBeVisibleAsync();

            // Report at a free point of the map, found ten days ago with a deadline five days ago: overdue.
            await page.GetByTestId("hazard-report").ClickAsync();
            await Expect(page.GetByTestId("hazard-report-hint")).ToBeVisibleAsync();
            var point = await FreePointAsync(page);
            await page.Mouse.ClickAsync((float)point[0], (float)point[1]);
            var form = page.GetByTestId("hazard-report-form").Last;
            await Expect(form).ToBeVisibleAsync();
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")));
            await form.GetByTestId("hazard-report-category").SelectOptionAsync("electrical_wiring");
            await form.GetByTestId("hazard-report-severity").SelectOptionAsync("general");
            await form.GetByTestId("hazard-report-description").FillAsync("浏览器测试：配电箱线路老化");
            await form.GetByTestId("hazard-report-unit").FillAsync("浏览器测试物业");
            await form.GetByTestId("hazard-report-found").FillAsync(Iso(today.AddDays(-10)));
            await form.GetByTestId("hazard-report-deadline").FillAsync(Iso(today.AddDays(-5)));
            await form.GetByTestId("hazard-report-submit").ClickAsync();

            await page.WaitForFunctionAsync("() => window.fireMap.hazards.state().lastReport !== null");
            await SettledAsync(page);
            var state = await StateAsync(page);
            id = state.GetProperty("lastReport").GetProperty("id").GetString()!;
            var code = state.GetProperty("lastReport").GetProperty("code").GetString()!;
            await Expect(page.GetByTestId("hazard-notice")).ToContainTextAsync($"已上报隐患 {code}");
            var detail = page.GetByTestId("hazard-detail");
            await Expect(detail).ToHaveAttributeAsync("data-status", "found");
            await Expect(detail).ToContainTextAsync("电气线路隐患");
            await Expect(detail).ToContainTextAsync("逾期 5 天");
            Assert.Equal("general-overdue", await LayerClassAsync(page, id));

            var reported = await SummaryAsync(page);
            Assert.Equal(before.Total + 1, reported.Total);
            Assert.Equal(before.Overdue + 1, reported.Overdue);
            Assert.Equal(before.ByStatus["found"] + 1, reported.ByStatus["found"]);
            await Expect(page.GetByTestId("hazard-count-found")).ToHaveAttributeAsync("data-count", reported.ByStatus["found"].ToString(CultureInfo.InvariantCulture));

            // The list, filtered to the status, holds it; the walk moves it from one status to the next.
            await ExpectListedAsync(page, id, "found");
            await page.GetByTestId("hazard-row").And(page.Locator($"[data-id='{id}']")).ClickAsync();
            await StepAsync(page, "start_rectification", null, "rectifying");
            await StepAsync(page, "submit_rectification", "浏览器测试：已更换线路", "awaiting_review");
            await StepAsync(page, "review_refused", "浏览器测试：仍有裸露线头", "rectifying");
            await Expect(detail.GetByTestId("hazard-history")).ToContainTextAsync("仍有裸露线头");

            // Someone else extends the deadline meanwhile: the map's version is stale, the step a conflict.
            using (var client = server.CreateClient())
            {
                var version = (await GraphQLClient.QueryAsync(client, "query($id: ID!) { hazard(id: $id) { version } }", new { id }))
                    .GetProperty("hazard").GetProperty("version").GetInt32();
                await GraphQLClient.QueryAsync(client,
                    "mutation($id: ID!, $v: Int!, $d: DateOnly!) { extendHazardDeadline(id: $id, expectedVersion: $v, deadline: $d, reason: \"浏览器测试：另一人延期\") { version } }",
                    new { id, v = version, d = Iso(today.AddDays(-1)) });
            }

            await detail.GetByTestId("hazard-action-submit_rectification").ClickAsync();
            await SettledAsync(page);
            await Expect(page.GetByTestId("hazard-error")).ToContainTextAsync("已被他人更改");
            await Expect(detail).ToHaveAttributeAsync("data-status", "rectifying");
            await Expect(detail.GetByTestId("hazard-history")).ToContainTextAsync("另一人延期");

            await StepAsync(page, "submit_rectification", "浏览器测试：再次整改", "awaiting_review");
            await ExpectListedAsync(page, id, "awaiting_review");
            await page.GetByTestId("hazard-row").And(page.Locator($"[data-id='{id}']")).ClickAsync();
            await StepAsync(page, "review_accepted", "浏览器测试：复查合格", "closed");
            await Expect(detail.Locator("[data-testid^='hazard-action-']")).ToHaveCountAsync(0);
            await Expect(detail.GetByTestId("hazard-history").Locator("li")).ToHaveCountAsync(7);
            Assert.Equal("closed", await LayerClassAsync(page, id));

            var closed = await SummaryAsync(page);
            Assert.Equal(before.Total + 1, closed.Total);
            Assert.Equal(before.Overdue, closed.Overdue);
            Assert.Equal(before.ByStatus["closed"] + 1, closed.ByStatus["closed"]);
            Assert.Equal(before.ByStatus["found"], closed.ByStatus["found"]);
            await ExpectListedAsync(page, id, "closed");
            Assert.DoesNotContain(map.Problems, p => !p.Contains("HTTP 409", StringComparison.Ordinal));
        }
        finally
        {
            await DeleteAsync(id);
        }
    }

    [Fact]
    public async Task HazardPanel_atPhoneWidth_opensAsASheetWithReachableActions()
    {
        var context = await browser.NewContextAsync();
        await SignIn.ContextAsync(context, server, "community");
        var page = await context.NewPageAsync();
        try
        {
            await page.SetViewportSizeAsync(390, 844);
            await page.GotoAsync($"{server.BaseUrl}/");
            await page.WaitForFunctionAsync("() => window.fireMap !== undefined");
            await page.EvaluateAsync("() => window.fireMap.ready");
            await OpenPanelAsync(page);
            var panel = page.GetByTestId("hazard-panel");
            var box = (await panel.BoundingBoxAsync())!;
            Assert.True(box.X <= 1 && box.Width >= 388, $"the panel is {box.Width} px wide at x {box.X}");

            await page.GetByTestId("hazard-filter-status").SelectOptionAsync("found");
            await WaitForListAsync(page);
            var row = page.GetByTestId("hazard-row").First;
            await row.ClickAsync();
            var action = page.GetByTestId("hazard-action-start_rectification");
            await action.ScrollIntoViewIfNeededAsync();
            await Expect(action).ToBeInViewportAsync();
            var button = (await action.BoundingBoxAsync())!;
            Assert.True(button.X >= 0 && button.X + button.Width <= 390, "the action button sticks out of the screen");
            Assert.True(button.Height >= 32, $"the action button is only {button.Height} px high");
            var report = page.GetByTestId("hazard-report");
            await report.ScrollIntoViewIfNeededAsync();
            await Expect(report).ToBeInViewportAsync();
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [Fact]
    public async Task HazardPanel_viewer_seesHazardsButNoActions()
    {
        await using var map = await MapPage.OpenAsync(browser, server, role: "viewer");
        var page = map.Page;
        await OpenPanelAsync(page);
        await Expect(page.GetByTestId("hazard-report")).ToBeHiddenAsync();
        await page.GetByTestId("hazard-filter-status").SelectOptionAsync("found");
        await WaitForListAsync(page);
        await page.GetByTestId("hazard-row").First.ClickAsync();
        var detail = page.GetByTestId("hazard-detail");
        await Expect(detail).ToHaveAttributeAsync("data-status", "found");
        await Expect(detail).ToContainTextAsync("您的角色只能查看隐患");
        await Expect(page.Locator("[data-testid^='hazard-action-']")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("hazard-note")).ToHaveCountAsync(0);
        Assert.Empty(map.Problems);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task OpenPanelAsync(IPage page)
    {
        await page.GetByTestId("hazard-toggle").ClickAsync();
        await Expect(page.GetByTestId("hazard-panel")).ToBeVisibleAsync();
        await WaitForListAsync(page);
    }

    private static async Task WaitForListAsync(IPage page)
    {
        await page.WaitForFunctionAsync("() => window.fireMap.hazards.state().list.status === 'ready'");
        await SettledAsync(page);
    }

    private static Task SettledAsync(IPage page) => page.EvaluateAsync("() => window.fireMap.hazards.settled()");

    private static async Task<JsonElement> StateAsync(IPage page) =>
        JsonDocument.Parse(await page.EvaluateAsync<string>("() => JSON.stringify(window.fireMap.hazards.state())")).RootElement;

    private static Task<string?> LayerClassAsync(IPage page, string id) =>
        page.EvaluateAsync<string?>("id => window.fireMap.hazards.layerClass(id)", id);

    private sealed record Summary(int Total, int Overdue, Dictionary<string, int> ByStatus);

    /// <summary>The counts of the whole hazard list (no filter) as the panel shows them.</summary>
    private static async Task<Summary> SummaryAsync(IPage page)
    {
        var filtered = (await StateAsync(page)).GetProperty("filter");
        if (filtered.GetProperty("status").ValueKind != JsonValueKind.Null)
        {
            await page.GetByTestId("hazard-filter-status").SelectOptionAsync("");
            await WaitForListAsync(page);
        }

        var summary = (await StateAsync(page)).GetProperty("list").GetProperty("summary");
        var byStatus = summary.GetProperty("byStatus").EnumerateArray()
            .ToDictionary(s => s.GetProperty("status").GetString()!, s => s.GetProperty("count").GetInt32());
        var shown = page.GetByTestId("hazard-summary");
        await Expect(shown).ToHaveAttributeAsync("data-total", summary.GetProperty("total").GetInt32().ToString(CultureInfo.InvariantCulture));
        return new Summary(summary.GetProperty("total").GetInt32(), summary.GetProperty("overdue").GetInt32(), byStatus);
    }

    private static async Task ExpectListedAsync(IPage page, string id, string status)
    {
        if (await page.GetByTestId("hazard-detail").CountAsync() > 0)
        {
            await page.GetByTestId("hazard-back").ClickAsync();
        }

        await page.GetByTestId("hazard-filter-status").SelectOptionAsync(status);
        await WaitForListAsync(page);
        await Expect(page.GetByTestId("hazard-list").Locator($"[data-id='{id}']")).ToHaveCountAsync(1);
    }

    private static async Task StepAsync(IPage page, string action, string? note, string next)
    {
        var detail = page.GetByTestId("hazard-detail");
        if (note is not null)
        {
            await detail.GetByTestId("hazard-note").FillAsync(note);
        }

        await detail.GetByTestId($"hazard-action-{action}").ClickAsync();
        await SettledAsync(page);
        await Expect(detail).ToHaveAttributeAsync("data-status", next);
        await Expect(page.GetByTestId("hazard-error")).ToBeHiddenAsync();
    }

    /// <summary>A point on a building, centred at zoom 18, that no symbol, control or panel covers.</summary>
    private static async Task<double[]> FreePointAsync(IPage page)
    {
        var point = await page.EvaluateAsync<double[]>("""
            () => {
              const map = window.fireMap.map;
              const buildings = [];
              map.eachLayer((layer) => { if (layer.feature && layer.options.pane === 'fm-buildings') buildings.push(layer); });
              for (const building of buildings.slice(0, 60)) {
                const centre = building.getBounds().getCenter();
                map.setView(centre, 18, { animate: false });
                const at = map.latLngToContainerPoint(centre);
                const box = map.getContainer().getBoundingClientRect();
                const x = box.left + at.x, y = box.top + at.y;
                const top = document.elementFromPoint(x, y);
                if (top && !top.closest('.leaflet-marker-icon, .leaflet-control, .leaflet-popup, .fm-side, .fm-notice')) return [x, y];
              }
              return [];
            }
            """);
        Assert.True(point.Length == 2, "no free point on a building");
        return point;
    }

    private async Task DeleteAsync(string? id)
    {
        if (id is null)
        {
            return;
        }

        foreach (var sql in new[] { "DELETE FROM hazard_transitions WHERE hazard_id = $1", "DELETE FROM hazards WHERE id = $1" })
        {
            await using var command = server.DataSource.CreateCommand(sql);
            command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = long.Parse(id, CultureInfo.InvariantCulture) });
            await command.ExecuteNonQueryAsync();
        }
    }
}
