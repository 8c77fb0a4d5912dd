using System.Text;
using System.Text.RegularExpressions;
using FireMap.TestHost;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace FireMap.Web.Tests;

/// <summary>
/// The report pages in Chromium: the monthly report printed to PDF carries the community's name, the figures and the
/// charts; the narrative is saved and the report submitted through the page, which then shows it frozen; the roll-up
/// lists every community and links to each report and to the XLSX.
/// </summary>
[Collection(FireMapServerCollection.Name)]
public sealed partial class ReportPageTests(FireMapServerFixture server, Browser browser) : IClassFixture<Browser>, IAsyncLifetime
{
    // The demo hazards cluster in October and November: the November report has figures in every hazard line.
    private const string Month = "2026-11";

    public Task InitializeAsync() => CleanAsync();

    public Task DisposeAsync() => CleanAsync();

    [Fact]
    public async Task Monthly_report_prints_to_pdf_with_the_community_the_figures_and_charts()
    {
        var community = server.Accounts["community"].CommunityCode!;
        await using var report = await OpenAsync("subdistrict", $"report.html?community={community}&month={Month}");
        var page = report.Page;
        var name = await ScalarAsync("SELECT name FROM communities WHERE code = @c", community);
        await Assertions.Expect(page.GetByTestId("report-header")).ToContainTextAsync(name);
        var found = await page.GetByTestId("figure-hazards_found").Locator(".fm-report-figure-value").TextContentAsync();
        var foundCount = await ScalarAsync($"SELECT count(*)::text FROM hazards h JOIN communities c ON c.id = h.community_id WHERE c.code = @c AND h.found_on BETWEEN DATE '2026-10-21' AND DATE '2026-11-20'", community);
        Assert.Equal(foundCount, found);
        Assert.NotEqual("0", found);

        // A figure opens to its rows, each a link that selects the record on the map.
        await page.GetByTestId("figure-hazards_found").Locator("summary").ClickAsync();
        var link = page.GetByTestId("figure-hazards_found").Locator("a").First;
        Assert.Matches(MapLink(), await link.GetAttributeAsync("href"));
        Assert.StartsWith("api/exports/reports/monthly.xlsx?community=", await page.GetByTestId("report-xlsx").GetAttributeAsync("href"), StringComparison.Ordinal);

        // In print media the charts are drawn (not blank) and the controls are hidden.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.True(await page.EvaluateAsync<bool>("""
            () => [...document.querySelectorAll('.fm-report-chart canvas')].every(canvas => {
              const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
              for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) return true;
              return false;
            })
            """));
        Assert.False(await page.GetByTestId("narrative-form").IsVisibleAsync());

        var pdf = await page.PdfAsync(new() { Format = "A4", PrintBackground = true });
        using var document = PdfDocument.Open(pdf);
        var text = string.Concat(document.GetPages().Select(p => p.Text));
        // Chromium's CJK fonts map some characters to their Kangxi radical forms (⽉ for 月): compatibility normalisation folds them back.
        var compact = Regex.Replace(text.Normalize(NormalizationForm.FormKC), @"\s+", "");
        Assert.Contains(Regex.Replace(name, @"\s+", ""), compact, StringComparison.Ordinal);
        Assert.Contains($"新发现隐患{found}", compact, StringComparison.Ordinal);
        Assert.Contains("逾期未销号隐患", compact, StringComparison.Ordinal);
        Assert.Contains("工作开展情况", compact, StringComparison.Ordinal);
        Assert.True(document.GetPages().Sum(p => p.GetImages().Count()) >= 3, "the three charts are images in the PDF");
        Assert.Empty(report.Problems);
    }

    [Fact]
    public async Task Community_staff_save_the_narrative_and_submit_the_report_through_the_page()
    {
        var community = server.Accounts["community"].CommunityCode!;
        await using var report = await OpenAsync("community", $"report.html?month={Month}&community={community}");
        var page = report.Page;
        await page.GetByTestId("narrative-input-workDone").FillAsync("完成辖区高层建筑排查");
        await page.GetByTestId("narrative-input-problems").FillAsync("部分小区无物业");
        await page.GetByTestId("narrative-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("report-notice")).ToHaveTextAsync("已保存");
        await Assertions.Expect(page.GetByTestId("narrative-workDone")).ToContainTextAsync("完成辖区高层建筑排查");

        await page.GetByTestId("narrative-input-nextSteps").FillAsync("继续整治");
        await page.GetByTestId("narrative-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("report-notice")).ToHaveTextAsync("已报送");
        await Assertions.Expect(page.GetByTestId("report-submitted")).ToContainTextAsync(server.Accounts["community"].UserName);
        Assert.Equal(0, await page.GetByTestId("narrative-form").CountAsync());
        Assert.Equal(0, await page.GetByTestId("report-reopen").CountAsync());
        Assert.Equal("submitted|继续整治", await ScalarAsync(
            "SELECT r.status || '|' || r.next_steps FROM monthly_reports r JOIN communities c ON c.id = r.community_id WHERE c.code = @c", community));

        // The sub-district office sees it submitted in the roll-up and may reopen it.
        await using var office = await OpenAsync("subdistrict", $"report.html?month={Month}");
        var rollUp = office.Page;
        var communities = int.Parse(await ScalarAsync("SELECT count(*)::text FROM communities", community), System.Globalization.CultureInfo.InvariantCulture);
        await Assertions.Expect(rollUp.GetByTestId("rollup-table").Locator("tbody tr")).ToHaveCountAsync(communities);
        await Assertions.Expect(rollUp.GetByTestId($"rollup-{community}")).ToContainTextAsync("已报送");
        Assert.Equal($"api/exports/reports/monthly.xlsx?month={Month}", await rollUp.GetByTestId("rollup-xlsx").GetAttributeAsync("href"));
        await rollUp.GetByTestId($"rollup-open-{community}").ClickAsync();
        await rollUp.GetByTestId("report-reopen").ClickAsync();
        await Assertions.Expect(rollUp.GetByTestId("report-notice")).ToHaveTextAsync("已退回为草稿");
        await Assertions.Expect(rollUp.GetByTestId("narrative-form")).ToBeVisibleAsync();
        Assert.Empty(report.Problems);
        Assert.Empty(office.Problems);
    }

    private async Task<MapPage> OpenAsync(string role, string path)
    {
        var context = await browser.NewContextAsync();
        await SignIn.ContextAsync(context, server, role);
        var page = await MapPage.AttachAsync(context);
        await page.Page.GotoAsync($"{server.BaseUrl}/{path}");
        await page.Page.Locator("main[data-state=ready]").WaitForAsync();
        return page;
    }

    private async Task<string> ScalarAsync(string sql, string community)
    {
        await using var command = server.DataSource.CreateCommand(sql);
        command.Parameters.AddWithValue("c", community);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private async Task CleanAsync()
    {
        await using var command = server.DataSource.CreateCommand("DELETE FROM monthly_reports");
        await command.ExecuteNonQueryAsync();
    }

    [GeneratedRegex(@"^\./#select=hazard:\d+$")]
    private static partial Regex MapLink();
}
