using FireMap.TestHost;
using Microsoft.Playwright;

namespace FireMap.Web.Tests;

/// <summary>The administrator's operations page: health, a backup taken from the page and listed for download; hidden from other roles.</summary>
[Collection(FireMapServerCollection.Name)]
public sealed class AdminPageTests(FireMapServerFixture server, Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task Admin_page_shows_health_takes_a_backup_and_lists_it_for_download()
    {
        await using var map = await MapPage.OpenAsync(browser, server, role: "admin");
        var page = map.Page;
        await page.GetByTestId("admin-toggle").ClickAsync();
        await Assertions.Expect(page.GetByTestId("admin-health")).ToContainTextAsync("PostgreSQL");
        await page.GetByTestId("admin-take-backup").ClickAsync();
        var list = page.GetByTestId("admin-backup-list");
        await Assertions.Expect(list.Locator("a[download]").First).ToBeVisibleAsync(new() { Timeout = 60_000 });
        Assert.StartsWith("api/operations/backups/firemap-", await list.Locator("a[download]").First.GetAttributeAsync("href"), StringComparison.Ordinal);
        await Assertions.Expect(page.GetByTestId("admin-jobs")).ToContainTextAsync("backup");

        await using var viewer = await MapPage.OpenAsync(browser, server, role: "viewer");
        Assert.Equal(0, await viewer.Page.GetByTestId("admin-toggle").CountAsync());
    }
}
