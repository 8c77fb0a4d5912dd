using FireMap.TestHost;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FireMap.Web.Tests;

/// <summary>
/// The register pages through the browser: community staff accept a public report into a hazard and reject another
/// with a reason; the administrator adds a webhook subscriber, sees the deliveries and turns the subscriber off; the
/// office records a readiness check. Each page has no serious axe-core violation, and the reporter's text stays text.
/// </summary>
[Collection(FireMapServerCollection.Name)]
public sealed class RegisterPagesTests(FireMapServerFixture server, Browser browser) : IClassFixture<Browser>, IAsyncLifetime
{
    private const string Subscriber = "页面检验订阅方";
    private const string CheckNote = "页面检验战备检查";

    public Task InitializeAsync() => CleanAsync();

    public Task DisposeAsync() => CleanAsync();

    private async Task CleanAsync()
    {
        await ExecuteAsync("DELETE FROM webhook_subscriptions WHERE name = @n", ("n", Subscriber));
        await ExecuteAsync("DELETE FROM readiness_checks WHERE note = @n", ("n", CheckNote));
    }

    [Fact]
    public async Task Community_staff_accept_a_report_into_a_hazard_and_reject_another_with_a_reason()
    {
        var community = server.Accounts["community"].CommunityCode!;
        var accepted = Code();
        var rejected = Code();
        foreach (var (code, text) in new[] { (accepted, "楼道堆放杂物<b>堵塞</b>安全出口"), (rejected, "小区门口停放车辆，未见堵塞") })
        {
            await ExecuteAsync("""
                INSERT INTO public_reports (tracking_code, description, geom, community_id, client_hash)
                SELECT @code, @text, ST_PointOnSurface(geom), id, 'page-test' FROM communities WHERE code = @c
                """, ("code", code), ("text", text), ("c", community));
        }

        await using var moderation = await OpenAsync("community", "moderation.html");
        var page = moderation.Page;
        var item = page.GetByTestId($"report-{accepted}");
        // The reporter's markup is shown as the characters it is.
        await Expect(item).ToContainTextAsync("<b>堵塞</b>");
        await AccessibilityTests.ExpectNoSeriousViolationsAsync(page);

        await page.GetByTestId($"accept-category-{accepted}").SelectOptionAsync("BLOCKED_EXIT");
        await page.GetByTestId($"accept-unit-{accepted}").FillAsync("物业服务中心");
        await page.GetByTestId($"accept-save-{accepted}").ClickAsync();
        await Expect(page.GetByTestId("page-notice")).ToContainTextAsync(accepted);
        await Expect(page.GetByTestId($"report-{accepted}")).ToHaveCountAsync(0);

        await page.GetByTestId($"reject-reason-{rejected}").FillAsync("现场核实无占用");
        await page.GetByTestId($"reject-save-{rejected}").ClickAsync();
        await Expect(page.GetByTestId("page-notice")).ToContainTextAsync(rejected);
        await Expect(page.GetByTestId($"report-{rejected}")).ToHaveCountAsync(0);

        Assert.Equal("converted", await ScalarAsync<string>("SELECT status FROM public_reports WHERE tracking_code = @c", ("c", accepted)));
        Assert.Equal("blocked_exit", await ScalarAsync<string>(
            "SELECT h.category FROM public_reports r JOIN hazards h ON h.id = r.hazard_id WHERE r.tracking_code = @c", ("c", accepted)));
        Assert.Equal("现场核实无占用", await ScalarAsync<string>("SELECT dismiss_reason FROM public_reports WHERE tracking_code = @c", ("c", rejected)));
        Assert.Empty(moderation.Problems);
    }

    [Fact]
    public async Task Administrator_adds_a_webhook_subscriber_sees_deliveries_and_turns_it_off()
    {
        await using var webhooks = await OpenAsync("admin", "webhooks.html");
        var page = webhooks.Page;
        await Expect(page.GetByTestId("webhook-deliveries")).ToBeVisibleAsync();
        await AccessibilityTests.ExpectNoSeriousViolationsAsync(page);

        await page.GetByTestId("webhook-name").FillAsync(Subscriber);
        await page.GetByTestId("webhook-url").FillAsync("https://grid.example.invalid/hooks/firemap");
        await page.GetByTestId("webhook-secret").FillAsync("page-test-secret-0123456789");
        await page.GetByTestId("webhook-kind-blockage_cleared").UncheckAsync();
        await page.GetByTestId("webhook-add").ClickAsync();
        await Expect(page.GetByTestId("page-notice")).ToHaveTextAsync("已添加");
        var id = await ScalarAsync<long>("SELECT id FROM webhook_subscriptions WHERE name = @n", ("n", Subscriber));
        Assert.Equal(["blockage_reported", "hazard_closed", "hazard_created", "report_submitted"],
            (await ScalarAsync<string[]>("SELECT event_kinds FROM webhook_subscriptions WHERE id = @id", ("id", id))).Order());
        var row = page.GetByTestId($"webhook-{id}");
        await Expect(row).ToContainTextAsync("…6789");
        // The secret itself is never shown again.
        await Expect(page.Locator("main")).Not.ToContainTextAsync("page-test-secret");

        await page.GetByTestId($"webhook-toggle-{id}").ClickAsync();
        await Expect(page.GetByTestId("page-notice")).ToHaveTextAsync("已停用");
        await Expect(row).ToContainTextAsync("已停用");
        Assert.False(await ScalarAsync<bool>("SELECT active FROM webhook_subscriptions WHERE id = @id", ("id", id)));
        Assert.Empty(webhooks.Problems);

        // Other roles are refused by the service: the page says so and lists nothing.
        await using var office = await OpenAsync("subdistrict", "webhooks.html", ready: false);
        await Expect(office.Page.GetByTestId("page-notice")).ToBeVisibleAsync();
        await Expect(office.Page.GetByTestId("webhook-table")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Office_records_a_readiness_check_and_sees_duty_coverage()
    {
        await using var duty = await OpenAsync("subdistrict", "duty.html");
        var page = duty.Page;
        await Expect(page.GetByTestId("duty-coverage")).ToBeVisibleAsync();
        await AccessibilityTests.ExpectNoSeriousViolationsAsync(page);
        var before = await page.GetByTestId("duty-check-table").Locator("tbody tr").CountAsync();

        await page.GetByTestId("check-staff").FillAsync("5");
        await page.GetByTestId("check-drill").CheckAsync();
        await page.GetByTestId("check-note").FillAsync(CheckNote);
        await page.GetByTestId("check-save").ClickAsync();
        await Expect(page.GetByTestId("page-notice")).ToHaveTextAsync("已登记");
        await Expect(page.GetByTestId("duty-check-table").Locator("tbody tr")).ToHaveCountAsync(before + 1);
        await Expect(page.GetByTestId("duty-check-table")).ToContainTextAsync(CheckNote);
        Assert.Equal(5, await ScalarAsync<int>("SELECT staff_on_duty FROM readiness_checks WHERE note = @n", ("n", CheckNote)));
        Assert.Empty(duty.Problems);
    }

    private async Task<MapPage> OpenAsync(string role, string path, bool ready = true)
    {
        var context = await browser.NewContextAsync();
        await SignIn.ContextAsync(context, server, role);
        var page = await MapPage.AttachAsync(context);
        await page.Page.GotoAsync($"{server.BaseUrl}/{path}");
        if (ready)
        {
            await page.Page.Locator("main[data-state=ready]").WaitForAsync();
        }

        return page;
    }

    private static string Code() => Guid.NewGuid().ToString("N").ToUpperInvariant()[..12];

    private async Task ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = server.DataSource.CreateCommand(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync();
    }

    private async Task<T> ScalarAsync<T>(string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = server.DataSource.CreateCommand(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return (T)(await command.ExecuteScalarAsync())!;
    }
}
