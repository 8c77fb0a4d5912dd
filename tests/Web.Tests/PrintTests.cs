using System.Text;
using FireMap.TestHost;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FireMap.Web.Tests;

/// <summary>The print layout (title, date, scale, north arrow, legend, attribution on one landscape sheet) and the PNG of the view.</summary>
[Collection(FireMapServerCollection.Name)]
public sealed class PrintTests(FireMapServerFixture server, Browser browser) : IClassFixture<Browser>
{
    [Theory]
    [InlineData("a4", 841.89, 595.28)]
    [InlineData("a3", 1190.55, 841.89)]
    public async Task Print_layout_fits_one_landscape_sheet_with_legend_and_header(string paper, double width, double height)
    {
        await using var map = await MapPage.OpenAsync(browser, server);
        var page = map.Page;
        await page.EvaluateAsync("() => { window.print = () => { window.printed = true; }; }");
        await page.GetByTestId("print-open").ClickAsync();
        await page.GetByTestId("print-paper").SelectOptionAsync(paper);
        await page.GetByTestId("print-run").ClickAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => window.printed === true"));

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator(".fm-print-header h2")).ToHaveTextAsync("FireMap 消防风险地图");
        await Expect(page.Locator(".fm-print-date")).ToContainTextAsync("制图日期");
        await Expect(page.Locator(".fm-north-arrow")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("legend")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("legend-section-fire-lanes")).ToBeVisibleAsync();
        await Expect(page.Locator(".leaflet-control-scale")).ToBeVisibleAsync();
        await Expect(page.Locator(".leaflet-control-attribution")).ToContainTextAsync("合成数据");
        await Expect(page.GetByTestId("print-control")).ToBeHiddenAsync();
        await Expect(page.GetByTestId("layer-switcher")).ToBeHiddenAsync();
        // The legend lies wholly inside the map, so it is on the sheet and not cut off.
        var inside = await page.EvaluateAsync<bool>("""
            () => {
              const map = document.getElementById('map').getBoundingClientRect();
              const legend = document.querySelector('[data-testid=legend]').getBoundingClientRect();
              return legend.top >= map.top && legend.bottom <= map.bottom && legend.left >= map.left && legend.right <= map.right;
            }
            """);
        Assert.True(inside, "the legend is cut off by the map's edge");

        var pdf = Encoding.Latin1.GetString(await page.PdfAsync(new() { PreferCSSPageSize = true, PrintBackground = true }));
        var pages = System.Text.RegularExpressions.Regex.Matches(pdf, @"/Type\s*/Page(?![s\w])").Count;
        Assert.Equal(1, pages);
        var box = System.Text.RegularExpressions.Regex.Match(pdf, @"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]");
        Assert.True(box.Success, "no MediaBox in the PDF");
        Assert.Equal(width, double.Parse(box.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 0);
        Assert.Equal(height, double.Parse(box.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), 0);

        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        // Printing (the PDF too) ends the layout on afterprint; otherwise the preview is left by its button.
        if (await page.GetByTestId("print-exit").IsVisibleAsync())
        {
            await page.GetByTestId("print-exit").ClickAsync();
        }

        Assert.False(await page.EvaluateAsync<bool>("() => document.body.classList.contains('fm-print-layout')"));
        Assert.Empty(map.Problems);
    }

    [Fact]
    public async Task Save_as_image_downloads_a_png_of_the_view()
    {
        await using var map = await MapPage.OpenAsync(browser, server);
        var page = map.Page;
        await page.GetByTestId("print-open").ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("print-image").ClickAsync());
        Assert.EndsWith(".png", download.SuggestedFilename, StringComparison.Ordinal);
        var path = await download.PathAsync();
        var bytes = await File.ReadAllBytesAsync(path);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, bytes[..4]);
        var width = (bytes[16] << 24) | (bytes[17] << 16) | (bytes[18] << 8) | bytes[19];
        var height = (bytes[20] << 24) | (bytes[21] << 16) | (bytes[22] << 8) | bytes[23];
        var size = await page.EvaluateAsync<int[]>("() => { const s = window.fireMap.map.getSize(); return [s.x, s.y]; }");
        Assert.Equal(size[0], width);
        Assert.Equal(size[1], height);
        // A drawn map, not an empty background: thousands of shapes compress far worse than one colour.
        Assert.True(bytes.Length > 30_000, $"only {bytes.Length} bytes");
        Assert.Empty(map.Problems);
    }
}
