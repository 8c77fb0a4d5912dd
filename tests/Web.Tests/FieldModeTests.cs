using System.Globalization;
using FireMap.TestHost;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FireMap.Web.Tests;

/// <summary>
/// The field mode on a phone (390 × 844, touch, a fixed GPS position): an inspection of the nearest
/// high-rise with a failed item that raises a hazard and a photo from the camera input; and a form
/// (a hazard with a photo) submitted offline that waits in the outbox, is sent when the network is back, and exists once.
/// </summary>
[Collection(FireMapServerCollection.Name)]
public sealed class FieldModeTests(FireMapServerFixture server, Browser browser) : IClassFixture<Browser>
{
    private const string Role = "grid";

    [Fact]
    public async Task Inspection_with_a_failed_item_raises_a_hazard_and_carries_a_photo()
    {
        var (building, name, lon, lat) = await HighRiseInGridAsync();
        var page = await OpenAsync(lon, lat);
        var description = "消防通道堆放杂物（浏览器测试）" + Guid.NewGuid().ToString("N")[..6];

        await Expect(page.GetByTestId("field-position")).ToContainTextAsync("定位精度 ±12 米");
        await page.GetByTestId("field-subject").Filter(new() { HasText = name }).First.ClickAsync();
        var firstItem = page.GetByTestId("field-item").First;
        await Expect(firstItem).ToBeVisibleAsync();
        await AssertLargeTargetAsync(page.GetByTestId("field-submit"));
        await AssertLargeTargetAsync(page.GetByTestId("field-subject").First);

        await firstItem.GetByTestId("field-item-fail").CheckAsync();
        await firstItem.GetByTestId("field-item-raise").CheckAsync();
        await firstItem.GetByTestId("field-item-hazard").FillAsync(description);
        await page.GetByTestId("field-photo").SetInputFilesAsync(new FilePayload
        {
            Name = "IMG_0001.jpg", MimeType = "image/jpeg", Buffer = TestImages.Jpeg(1200, 900, gps: (lon, lat)),
        });
        await Expect(page.GetByTestId("field-photo-count")).ToContainTextAsync("1");
        await page.GetByTestId("field-submit").ClickAsync();

        await Expect(page.GetByTestId("field-message")).ToContainTextAsync("已发送", new() { Timeout = 20000 });
        await Expect(page.GetByTestId("field-outbox-count")).ToHaveTextAsync("没有待发送的记录");
        var inspection = await ScalarAsync<long>(
            "SELECT max(id) FROM inspections WHERE subject_type = 'building' AND subject_id = @b", ("b", building));
        Assert.Equal(1L, await ScalarAsync<long>("SELECT count(*) FROM hazards WHERE description = @d", ("d", description)));
        Assert.Equal(1L, await ScalarAsync<long>("SELECT count(*) FROM photo_links WHERE record_kind = 'inspection' AND record_id = @i", ("i", inspection)));
        // The position was not to be kept: the box stayed unticked.
        Assert.True(await ScalarAsync<bool>("""
            SELECT bool_and(p.location IS NULL) FROM photos p JOIN photo_links l ON l.photo_id = p.id
            WHERE l.record_kind = 'inspection' AND l.record_id = @i
            """, ("i", inspection)));
    }

    [Fact]
    public async Task Door_knock_visit_is_recorded_with_its_checks()
    {
        var (_, _, lon, lat) = await HighRiseInGridAsync();
        var page = await OpenAsync(lon, lat);
        await page.GetByTestId("field-tab-visit").ClickAsync();
        var resident = page.GetByTestId("field-visit-resident");
        await Expect(resident).ToBeVisibleAsync();
        var residentId = long.Parse(await resident.InputValueAsync(), CultureInfo.InvariantCulture);
        var before = await ScalarAsync<long>("SELECT count(*) FROM visits WHERE resident_id = @r", ("r", residentId));

        var check = page.GetByTestId("field-check").First;
        await check.GetByTestId("field-check-fail").CheckAsync();
        await page.GetByTestId("field-visit-notes").FillAsync("灶台旁堆放杂物，已提醒清理");
        await AssertLargeTargetAsync(page.GetByTestId("field-submit"));
        await page.GetByTestId("field-submit").ClickAsync();

        await Expect(page.GetByTestId("field-message")).ToContainTextAsync("已发送", new() { Timeout = 20000 });
        Assert.Equal(before + 1, await ScalarAsync<long>("SELECT count(*) FROM visits WHERE resident_id = @r", ("r", residentId)));
        Assert.Equal(1L, await ScalarAsync<long>("""
            SELECT count(*) FROM visit_checks c WHERE c.result = 'fail'
              AND c.visit_id = (SELECT max(id) FROM visits WHERE resident_id = @r)
            """, ("r", residentId)));
    }

    [Fact]
    public async Task Hazard_with_a_photo_submitted_offline_waits_then_is_sent_once_when_the_network_is_back()
    {
        var (_, name, lon, lat) = await HighRiseInGridAsync();
        var page = await OpenAsync(lon, lat);
        var description = "楼道电动车充电（离线测试）" + Guid.NewGuid().ToString("N")[..6];

        await page.GetByTestId("field-tab-hazard").ClickAsync();
        await page.GetByTestId("field-subject").Filter(new() { HasText = name }).First.ClickAsync();
        await page.GetByTestId("field-hazard-description").FillAsync(description);
        await page.GetByTestId("field-hazard-unit").FillAsync("测试物业");
        await page.GetByTestId("field-photo").SetInputFilesAsync(new FilePayload
        {
            Name = "IMG_0002.jpg", MimeType = "image/jpeg", Buffer = TestImages.Jpeg(800, 600),
        });
        await Expect(page.GetByTestId("field-photo-count")).ToContainTextAsync("1");

        await page.Context.SetOfflineAsync(true);
        await page.GetByTestId("field-submit").ClickAsync();
        await Expect(page.GetByTestId("field-message")).ToContainTextAsync("网络恢复后自动发送");
        await Expect(page.GetByTestId("field-outbox-count")).ToHaveTextAsync("待发送 1 条");
        await Expect(page.GetByTestId("field-outbox-item")).ToContainTextAsync(description[..10]);
        Assert.Equal(0L, await ScalarAsync<long>("SELECT count(*) FROM hazards WHERE description = @d", ("d", description)));

        await page.Context.SetOfflineAsync(false);
        await Expect(page.GetByTestId("field-outbox-count")).ToHaveTextAsync("没有待发送的记录", new() { Timeout = 30000 });
        await Expect(page.GetByTestId("field-message")).ToContainTextAsync("已发送");

        Assert.Equal(1L, await ScalarAsync<long>("SELECT count(*) FROM hazards WHERE description = @d", ("d", description)));
        // The photo waited in the outbox with the report and was linked to the hazard when both went out.
        Assert.Equal(1L, await ScalarAsync<long>("""
            SELECT count(*) FROM photo_links l JOIN hazards h ON h.id = l.record_id
            WHERE l.record_kind = 'hazard' AND h.description = @d
            """, ("d", description)));
        Assert.True(await ScalarAsync<long>("SELECT count(*) FROM idempotent_requests r JOIN users u ON u.id = r.user_id WHERE u.user_name = @u",
            ("u", server.Accounts[Role].UserName)) >= 1);
    }

    private async Task<IPage> OpenAsync(double lon, double lat)
    {
        var context = await browser.NewPhoneContextAsync(lon, lat);
        await SignIn.ContextAsync(context, server, Role);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{server.BaseUrl}/field.html");
        await page.WaitForFunctionAsync("() => window.fireMapField?.ready === true");
        return page;
    }

    private static async Task AssertLargeTargetAsync(ILocator target)
    {
        // The nearby list is drawn again when the position or the selection changes: wait for the current one.
        await Expect(target).ToBeVisibleAsync();
        var box = await target.BoundingBoxAsync();
        // Drawn again between the two calls, the element has no box for a moment: ask again for the new one.
        for (var attempt = 0; box is null && attempt < 50; attempt++)
        {
            await Task.Delay(100);
            box = await target.BoundingBoxAsync();
        }

        Assert.NotNull(box);
        Assert.True(box.Height >= 44 && box.Width >= 44, $"target {box.Width} × {box.Height} px");
    }

    private async Task<(long Id, string Name, double Lon, double Lat)> HighRiseInGridAsync()
    {
        await using var command = server.DataSource.CreateCommand("""
            SELECT b.id, b.name, ST_X(ST_PointOnSurface(b.geom)), ST_Y(ST_PointOnSurface(b.geom))
            FROM buildings b JOIN compounds x ON x.id = b.compound_id JOIN grids g ON g.id = x.grid_id
            WHERE g.code = @grid AND b.is_high_rise AND b.name IS NOT NULL ORDER BY b.id LIMIT 1
            """);
        command.Parameters.AddWithValue("grid", server.Accounts[Role].GridCodes[0]);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), "the demo data need a high-rise in the grid worker's grid");
        return (reader.GetInt64(0), reader.GetString(1), reader.GetDouble(2), reader.GetDouble(3));
    }

    private async Task<T> ScalarAsync<T>(string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = server.DataSource.CreateCommand(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return (T)Convert.ChangeType((await command.ExecuteScalarAsync())!, typeof(T), CultureInfo.InvariantCulture);
    }
}
