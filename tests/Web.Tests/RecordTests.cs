using System.Globalization;
using System.Text.Json;
using FireMap.TestHost;
using Microsoft.Playwright;
using Npgsql;
using static Microsoft.Playwright.Assertions;

namespace FireMap.Web.Tests;

/// <summary>
/// A compound's plan (一小区一对策) and the record edits on the map, against the real API: community
/// staff add a measure and find it again after a reload, a viewer reads the plan only, community staff
/// change a building's maintenance contractor and its popup shows it; the hazard panel's list
/// downloads point at the three lists and page past the first hundred hazards. Each test puts back
/// what it changed.
/// </summary>
[Collection(FireMapServerCollection.Name)]
public sealed class RecordTests(FireMapServerFixture server, Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task CompoundPlan_communityStaff_addMeasureAndSeeItAfterReload()
    {
        // Every mutation the map sends carries an Idempotency-Key of its own, so a proxy may send it again
        // to another instance without applying it twice (docs/deployment.md).
        var mutationKeys = new System.Collections.Concurrent.ConcurrentQueue<string?>();
        await using var map = await MapPage.OpenAsync(browser, server, page =>
        {
            page.Request += (_, request) =>
            {
                if (request.Url.EndsWith("/graphql", StringComparison.Ordinal)
                    && request.PostData?.StartsWith("{\"query\":\"mutation", StringComparison.Ordinal) == true)
                {
                    mutationKeys.Enqueue(request.Headers.TryGetValue("idempotency-key", out var key) ? key : null);
                }
            };
            return Task.CompletedTask;
        }, role: "community");
        var page = map.Page;
        var id = await OpenPlanFromPopupAsync(map);
        var before = await PlanRowAsync(id);
        try
        {
            var panel = page.GetByTestId("record-panel");
            await Expect(panel.GetByTestId("plan-form")).ToBeVisibleAsync();
            var measures = await panel.GetByTestId("plan-measure").CountAsync();
            await panel.GetByTestId("plan-problems").FillAsync("浏览器测试：消防车通道被占用");
            await panel.GetByTestId("plan-add").ClickAsync();
            var measure = panel.GetByTestId("plan-measure").Last;
            await measure.GetByTestId("plan-measure-text").FillAsync("浏览器测试：划线并设置禁停标志");
            await measure.GetByTestId("plan-measure-owner").FillAsync("浏览器测试社区");
            await measure.GetByTestId("plan-measure-due").FillAsync("2026-12-31");
            await measure.GetByTestId("plan-measure-status").SelectOptionAsync("in_progress");
            await panel.GetByTestId("plan-notes").FillAsync("浏览器测试：已约谈物业");
            await panel.GetByTestId("plan-save").ClickAsync();
            await SettledAsync(page);
            await Expect(page.GetByTestId("record-notice")).ToContainTextAsync("已保存小区对策");
            Assert.NotEmpty(mutationKeys);
            Assert.All(mutationKeys, key => Assert.Matches("^[0-9a-f]{32}$", key ?? ""));
            Assert.Equal(mutationKeys.Count, mutationKeys.Distinct().Count());

            await page.ReloadAsync();
            await map.WaitUntilReadyAsync();
            Assert.Equal(id, await OpenPlanFromPopupAsync(map));
            await Expect(panel.GetByTestId("plan-measure")).ToHaveCountAsync(measures + 1);
            var saved = panel.GetByTestId("plan-measure").Last;
            await Expect(saved.GetByTestId("plan-measure-text")).ToHaveValueAsync("浏览器测试：划线并设置禁停标志");
            await Expect(saved.GetByTestId("plan-measure-owner")).ToHaveValueAsync("浏览器测试社区");
            await Expect(saved.GetByTestId("plan-measure-due")).ToHaveValueAsync("2026-12-31");
            await Expect(saved.GetByTestId("plan-measure-status")).ToHaveValueAsync("in_progress");
            await Expect(saved.GetByTestId("plan-measure-status")).ToContainTextAsync("推进中");
            await Expect(panel.GetByTestId("plan-problems")).ToHaveValueAsync("浏览器测试：消防车通道被占用");
            await Expect(panel.GetByTestId("plan-updated")).ToContainTextAsync(server.Accounts["community"].UserName);
            Assert.Empty(map.Problems);
        }
        finally
        {
            await RestorePlanAsync(id, before);
        }
    }

    [Fact]
    public async Task CompoundPlan_changedMeanwhile_saysConflictAndReloads()
    {
        await using var map = await MapPage.OpenAsync(browser, server, role: "community");
        var page = map.Page;
        // The plan is opened at the default size (the compound under the map's centre is known there),
        // then the window narrows to a phone's width, where the panel must become a full-width sheet.
        var id = await OpenPlanFromPopupAsync(map);
        await page.SetViewportSizeAsync(390, 844);
        var before = await PlanRowAsync(id);
        try
        {
            var panel = page.GetByTestId("record-panel");
            var width = await panel.EvaluateAsync<double>("node => node.getBoundingClientRect().width");
            Assert.True(width >= 389, $"at phone width the plan panel is a full-width sheet, not {width} px wide");

            using (var client = server.CreateClient("community"))
            {
                var version = (await GraphQLClient.QueryAsync(client, "query($id: ID!) { compoundPlan(compoundId: $id) { version } }", new { id }))
                    .GetProperty("compoundPlan") is { ValueKind: JsonValueKind.Object } plan ? plan.GetProperty("version").GetInt32() : 0;
                await GraphQLClient.QueryAsync(client,
                    "mutation($id: ID!, $v: Int!) { saveCompoundPlan(compoundId: $id, expectedVersion: $v, input: {problems: \"浏览器测试：另一人修改\"}) { version } }",
                    new { id, v = version });
            }

            await panel.GetByTestId("plan-problems").FillAsync("浏览器测试：过时的版本");
            await panel.GetByTestId("plan-save").ClickAsync();
            await SettledAsync(page);
            await Expect(panel.GetByTestId("plan-error")).ToContainTextAsync("已被他人修改");
            await Expect(panel.GetByTestId("plan-problems")).ToHaveValueAsync("浏览器测试：另一人修改");
            Assert.DoesNotContain(map.Problems, p => !p.Contains("HTTP 409", StringComparison.Ordinal));
        }
        finally
        {
            await RestorePlanAsync(id, before);
        }
    }

    [Fact]
    public async Task CompoundPlan_viewer_readsItWithoutForm()
    {
        await using var map = await MapPage.OpenAsync(browser, server, role: "viewer");
        var page = map.Page;
        await map.ClickFeatureAsync("compounds");
        var popup = page.Locator(".leaflet-popup");
        await Expect(popup.GetByTestId("plan-open")).ToBeVisibleAsync();
        await Expect(popup.GetByTestId("record-edit")).ToHaveCountAsync(0);
        await popup.GetByTestId("plan-open").ClickAsync();
        await SettledAsync(page);
        var panel = page.GetByTestId("record-panel");
        await Expect(panel).ToHaveAttributeAsync("data-status", "ready");
        await Expect(panel.GetByTestId("plan-readonly")).ToContainTextAsync("只能查看");
        await Expect(panel.GetByTestId("plan-form")).ToHaveCountAsync(0);
        await Expect(panel.GetByTestId("plan-save")).ToHaveCountAsync(0);
        Assert.Empty(map.Problems);
    }

    [Fact]
    public async Task BuildingEdit_communityStaff_changeMaintenanceUnitAndPopupShowsIt()
    {
        await using var map = await MapPage.OpenAsync(browser, server, role: "community");
        var page = map.Page;
        await map.ClickFeatureAsync("buildings");
        var popup = page.Locator(".leaflet-popup");
        await popup.GetByTestId("record-edit").ClickAsync();
        var form = page.GetByTestId("record-panel").GetByTestId("record-form");
        await Expect(form).ToBeVisibleAsync();
        var id = long.Parse((await form.GetAttributeAsync("data-id"))!, CultureInfo.InvariantCulture);
        var old = await ScalarAsync("SELECT maintenance_unit FROM buildings WHERE id = $1", id);
        try
        {
            await Expect(form.GetByTestId("record-alarmSystem")).ToBeVisibleAsync();
            await Expect(form.GetByTestId("record-chiefName")).ToBeVisibleAsync();
            await form.GetByTestId("record-maintenanceUnit").FillAsync("浏览器测试维保公司");
            await form.GetByTestId("record-save").ClickAsync();
            await SettledAsync(page);
            await Expect(page.GetByTestId("record-notice")).ToContainTextAsync("已保存");
            Assert.Equal("浏览器测试维保公司", await ScalarAsync("SELECT maintenance_unit FROM buildings WHERE id = $1", id));

            await page.GetByTestId("record-close").ClickAsync();
            await map.ClickFeatureAsync("buildings");
            await Expect(popup.GetByTestId("record-units")).ToContainTextAsync("浏览器测试维保公司");
            Assert.Empty(map.Problems);
        }
        finally
        {
            await using var command = server.DataSource.CreateCommand("UPDATE buildings SET maintenance_unit = $2 WHERE id = $1");
            command.Parameters.Add(new NpgsqlParameter { Value = id });
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)old ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
            await command.ExecuteNonQueryAsync();
        }
    }

    [Fact]
    public async Task PlaceEdit_communityStaff_formReadsThePlace()
    {
        await using var map = await MapPage.OpenAsync(browser, server, role: "community");
        var page = map.Page;
        await map.ClickFeatureAsync("places");
        await page.Locator(".leaflet-popup").GetByTestId("record-edit").ClickAsync();
        await SettledAsync(page);
        var panel = page.GetByTestId("record-panel");
        await Expect(panel).ToHaveAttributeAsync("data-status", "ready");
        var form = panel.GetByTestId("record-form");
        await Expect(form).ToHaveAttributeAsync("data-kind", "place");
        await Expect(form.GetByTestId("record-responsibleUnit")).ToBeVisibleAsync();
        await Expect(form.GetByTestId("record-selfInspectionDate")).ToBeVisibleAsync();
        Assert.Empty(map.Problems);
    }

    [Fact]
    public async Task HazardPanel_listDownloadsAndMore_pointAtTheListsAndPagePastTheFirstHundred()
    {
        await using var map = await MapPage.OpenAsync(browser, server);
        var page = map.Page;
        await page.GetByTestId("hazard-toggle").ClickAsync();
        await page.WaitForFunctionAsync("() => window.fireMap.hazards.state().list.status === 'ready'");
        await page.EvaluateAsync("() => window.fireMap.hazards.settled()");

        var links = page.GetByTestId("hazard-list-download");
        await Expect(links).ToHaveCountAsync(6);
        foreach (var list in new[] { "inventory", "hazards", "responsibility" })
        {
            foreach (var format in new[] { "xlsx", "csv" })
            {
                var link = page.Locator($"[data-testid='hazard-list-download'][data-list='{list}'][data-format='{format}']");
                await Expect(link).ToHaveAttributeAsync("href", $"api/exports/lists/{list}.{format}?lang=zh");
                await Expect(link).ToHaveAttributeAsync("download", "");
            }
        }

        var href = await page.Locator("[data-testid='hazard-list-download'][data-list='inventory'][data-format='xlsx']").GetAttributeAsync("href");
        var response = await page.APIRequest.GetAsync($"{server.BaseUrl}/{href}");
        Assert.Equal(200, response.Status);
        var body = await response.BodyAsync();
        Assert.True(body.Length > 2 && body[0] == (byte)'P' && body[1] == (byte)'K', "the inventory list is not an XLSX (zip) file");

        var state = JsonDocument.Parse(await page.EvaluateAsync<string>("() => JSON.stringify(window.fireMap.hazards.state().list)")).RootElement;
        var total = state.GetProperty("totalCount").GetInt32();
        Assert.True(total > 100, $"the demo data should hold more than 100 hazards, not {total}");
        await Expect(page.GetByTestId("hazard-row")).ToHaveCountAsync(100);
        await page.GetByTestId("hazard-more").ClickAsync();
        await page.EvaluateAsync("() => window.fireMap.hazards.settled()");
        await Expect(page.GetByTestId("hazard-row")).ToHaveCountAsync(Math.Min(total, 200));
        var ids = await page.GetByTestId("hazard-row").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.id)");
        Assert.Equal(ids.Length, ids.Distinct().Count());
        Assert.Empty(map.Problems);
    }

    private static Task SettledAsync(IPage page) => page.EvaluateAsync("() => window.fireMap.records.settled()");

    // Opens the plan of the compound first on top through its popup; returns the compound's id.
    private static async Task<string> OpenPlanFromPopupAsync(MapPage map)
    {
        await map.ClickFeatureAsync("compounds");
        await map.Page.Locator(".leaflet-popup").GetByTestId("plan-open").ClickAsync();
        await SettledAsync(map.Page);
        await Expect(map.Page.GetByTestId("record-panel")).ToHaveAttributeAsync("data-status", "ready");
        var state = JsonDocument.Parse(await map.Page.EvaluateAsync<string>("() => JSON.stringify(window.fireMap.records.state())")).RootElement;
        return state.GetProperty("id").GetString()!;
    }

    private sealed record PlanRow(string Problems, string Measures, string ProgressNotes);

    private async Task<PlanRow?> PlanRowAsync(string compoundId)
    {
        await using var command = server.DataSource.CreateCommand(
            "SELECT problems, measures::text, progress_notes FROM compound_plans WHERE compound_id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = long.Parse(compoundId, CultureInfo.InvariantCulture) });
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? new PlanRow(reader.GetString(0), reader.GetString(1), reader.GetString(2)) : null;
    }

    private async Task RestorePlanAsync(string compoundId, PlanRow? before)
    {
        await using var command = server.DataSource.CreateCommand(before is null
            ? "DELETE FROM compound_plans WHERE compound_id = $1"
            : "UPDATE compound_plans SET problems = $2, measures = $3::jsonb, progress_notes = $4 WHERE compound_id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = long.Parse(compoundId, CultureInfo.InvariantCulture) });
        if (before is not null)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = before.Problems });
            command.Parameters.Add(new NpgsqlParameter { Value = before.Measures });
            command.Parameters.Add(new NpgsqlParameter { Value = before.ProgressNotes });
        }

        await command.ExecuteNonQueryAsync();
    }

    private async Task<string?> ScalarAsync(string sql, long id)
    {
        await using var command = server.DataSource.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        return await command.ExecuteScalarAsync() as string;
    }
}
