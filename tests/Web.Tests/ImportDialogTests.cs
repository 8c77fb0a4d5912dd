using System.Text;
using System.Text.Json.Nodes;
using FireMap.TestHost;
using Microsoft.Playwright;

namespace FireMap.Web.Tests;

/// <summary>
/// The map's import dialog end to end with a surveyor's GeoJSON whose fields are not FireMap's: a dry
/// run lists every problem as text, the mapping is built from the file's fields with value mappings
/// for the refused kinds, saved by name and loaded again, and the import puts the hydrants on the map.
/// Only the roles that may import see the dialog.
/// </summary>
[Collection(FireMapServerCollection.Name)]
public sealed class ImportDialogTests(FireMapServerFixture server, Browser browser) : IClassFixture<Browser>
{
    private const string Hostile = "<img src=x onerror=alert(1)>";

    [Fact]
    public async Task Dry_run_lists_every_problem_then_a_mapping_fixes_them_and_the_import_adds_the_hydrants_to_the_map()
    {
        try
        {
            await using var map = await MapPage.OpenAsync(browser, server, role: "admin");
            var page = map.Page;
            var before = (await map.LayerCountsAsync())["hydrants"];
            await page.GetByTestId("import-toggle").ClickAsync();
            await Assertions.Expect(page.GetByTestId("import-layer").Locator("option[value='hydrants']")).ToHaveCountAsync(1);
            await page.GetByTestId("import-file").SetInputFilesAsync(new FilePayload
            {
                Name = "消火栓普查.geojson", MimeType = "application/geo+json", Buffer = await SurveyAsync(),
            });
            await page.GetByTestId("import-layer").SelectOptionAsync("hydrants");

            // The file's own fields are shown, and every record is refused.
            await page.GetByTestId("import-dry-run").ClickAsync();
            var errors = page.GetByTestId("import-errors");
            // Nothing gives a code, a kind or a status: three problems for each of the three records.
            await Assertions.Expect(errors.Locator("tr")).ToHaveCountAsync(1 + 9);
            await Assertions.Expect(page.GetByTestId("import-preview")).ToContainTextAsync("编号");
            await Assertions.Expect(page.GetByTestId("import-run")).ToBeDisabledAsync();

            await page.GetByTestId("import-source-code").SelectOptionAsync("编号");
            await page.GetByTestId("import-source-kind").SelectOptionAsync("类型");
            await page.GetByTestId("import-source-address").SelectOptionAsync("位置");
            await page.GetByTestId("import-constant-status").FillAsync("ok");
            await page.GetByTestId("import-constant-status").PressAsync("Tab");
            await page.GetByTestId("import-dry-run").ClickAsync();

            // Now the kinds are words, one of them markup: listed as text, each offered a value mapping.
            await Assertions.Expect(errors).ToContainTextAsync(Hostile);
            Assert.Equal(0, await errors.Locator("img").CountAsync());
            Assert.Equal(3, await errors.Locator("tr").CountAsync() - 1);
            await ValueMapping(page, "地上").SelectOptionAsync("above_ground");
            await ValueMapping(page, Hostile).SelectOptionAsync("wall");
            await page.GetByTestId("import-dry-run").ClickAsync();
            await Assertions.Expect(page.GetByTestId("import-result")).Not.ToContainTextAsync(Hostile);
            Assert.Equal(0, await errors.CountAsync());
            await Assertions.Expect(page.GetByTestId("import-counts")).ToContainTextAsync("新增 3");
            Assert.Equal(0L, await CountAsync());

            await page.GetByTestId("import-mapping-name").FillAsync("普查消火栓");
            await page.GetByTestId("import-save-mapping").ClickAsync();
            await Assertions.Expect(page.GetByTestId("import-notice")).ToContainTextAsync("普查消火栓");

            await page.GetByTestId("import-run").ClickAsync();
            // The dry run's counts read the same: wait for the import's own heading.
            await Assertions.Expect(page.GetByTestId("import-result")).ToContainTextAsync("导入完成");
            await Assertions.Expect(page.GetByTestId("import-counts")).ToContainTextAsync("新增 3");
            Assert.Equal(3L, await CountAsync());
            Assert.Equal("wall", await ScalarAsync("SELECT kind FROM hydrants WHERE code = 'WEB-IMP-3'"));
            await page.WaitForFunctionAsync($"() => window.fireMap.layerCounts().hydrants === {before + 3}");

            // The saved mapping comes back in a new dialog.
            await using var again = await MapPage.OpenAsync(browser, server, role: "admin");
            await again.Page.GetByTestId("import-toggle").ClickAsync();
            await Assertions.Expect(again.Page.GetByTestId("import-saved").Locator("option[value='普查消火栓']")).ToHaveCountAsync(1);
            await again.Page.GetByTestId("import-saved").SelectOptionAsync("普查消火栓");
            await again.Page.GetByTestId("import-saved-load").ClickAsync();
            await Assertions.Expect(again.Page.GetByTestId("import-layer")).ToHaveValueAsync("hydrants");
            await Assertions.Expect(again.Page.GetByTestId("import-source-code")).ToHaveValueAsync("编号");
            await Assertions.Expect(again.Page.Locator("[data-testid='import-value-kind'][data-source-value='地上']")).ToHaveValueAsync("above_ground");

            await using var viewer = await MapPage.OpenAsync(browser, server, role: "viewer");
            Assert.Equal(0, await viewer.Page.GetByTestId("import-toggle").CountAsync());
        }
        finally
        {
            await using var command = server.DataSource.CreateCommand("DELETE FROM hydrants WHERE code LIKE 'WEB-IMP-%'");
            await command.ExecuteNonQueryAsync();
            await using var mapping = server.DataSource.CreateCommand("DELETE FROM import_mappings WHERE name = '普查消火栓'");
            await mapping.ExecuteNonQueryAsync();
        }
    }

    private static ILocator ValueMapping(IPage page, string word) =>
        page.Locator($"[data-testid='import-value-kind'][data-source-value='{word.Replace("'", "\\'", StringComparison.Ordinal)}']");

    // Three hydrants a little east of an existing one, so inside the configured area.
    private async Task<byte[]> SurveyAsync()
    {
        await using var command = server.DataSource.CreateCommand("SELECT ST_X(geom), ST_Y(geom) FROM hydrants ORDER BY code LIMIT 1");
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        var (lon, lat) = (reader.GetDouble(0), reader.GetDouble(1));
        var kinds = new[] { "地上", "地上", Hostile };
        var features = new JsonArray();
        for (var n = 1; n <= 3; n++)
        {
            features.Add(new JsonObject
            {
                ["type"] = "Feature",
                ["properties"] = new JsonObject { ["编号"] = $"WEB-IMP-{n}", ["类型"] = kinds[n - 1], ["位置"] = $"跃进村路{n}号" },
                ["geometry"] = new JsonObject { ["type"] = "Point", ["coordinates"] = new JsonArray(lon + n * 0.0002, lat) },
            });
        }

        return Encoding.UTF8.GetBytes(new JsonObject { ["type"] = "FeatureCollection", ["features"] = features }.ToJsonString());
    }

    private async Task<long> CountAsync() => (long)(await ScalarObjectAsync("SELECT count(*) FROM hydrants WHERE code LIKE 'WEB-IMP-%'"))!;

    private async Task<string?> ScalarAsync(string sql) => (string?)await ScalarObjectAsync(sql);

    private async Task<object?> ScalarObjectAsync(string sql)
    {
        await using var command = server.DataSource.CreateCommand(sql);
        return await command.ExecuteScalarAsync();
    }
}
