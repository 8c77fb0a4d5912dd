using FireMap.TestHost;
using Microsoft.Playwright;

namespace FireMap.Web.Tests;

/// <summary>The calendar page: the demo campaign with its derived deadlines, and a period of raised risk added and deleted through the page.</summary>
[Collection(FireMapServerCollection.Name)]
public sealed class CalendarPageTests(FireMapServerFixture server, Browser browser) : IClassFixture<Browser>, IAsyncLifetime
{
    public Task InitializeAsync() => CleanAsync();

    public Task DisposeAsync() => CleanAsync();

    private async Task CleanAsync()
    {
        await using var command = server.DataSource.CreateCommand("DELETE FROM risk_periods WHERE name = '检验时段'");
        await command.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task Office_sees_the_campaign_and_adds_and_deletes_a_period_of_raised_risk()
    {
        var context = await browser.NewContextAsync();
        await SignIn.ContextAsync(context, server, "subdistrict");
        await using var calendar = await MapPage.AttachAsync(context);
        var page = calendar.Page;
        await page.GotoAsync($"{server.BaseUrl}/calendar.html");
        await page.Locator("main[data-state=ready]").WaitForAsync();
        await Assertions.Expect(page.GetByTestId("campaign-deadlines-0")).ToContainTextAsync("月度工作报告");

        var form = page.GetByTestId("period-new");
        await form.Locator("[data-testid^=period-name-]").FillAsync("检验时段");
        await form.Locator("[data-testid^=period-starts-]").FillAsync("2027-05-01");
        await form.Locator("[data-testid^=period-ends-]").FillAsync("2027-05-03");
        await form.Locator("[data-testid^=period-factor-]").FillAsync("1.3");
        await form.Locator("[data-testid^=period-save-]").ClickAsync();
        await Assertions.Expect(page.GetByTestId("calendar-notice")).ToHaveTextAsync("已保存");
        var saved = page.Locator("form[data-name=检验时段]");
        await Assertions.Expect(saved).ToHaveCountAsync(1);

        await saved.Locator("[data-testid^=period-delete-]").ClickAsync();
        await Assertions.Expect(page.GetByTestId("calendar-notice")).ToHaveTextAsync("已删除");
        await Assertions.Expect(saved).ToHaveCountAsync(0);
        Assert.Empty(calendar.Problems);
    }
}
