using System.Collections.Concurrent;
using FireMap.Api.Access;
using FireMap.TestHost;
using Npgsql;

namespace FireMap.Web.Tests;

/// <summary>
/// A service of its own over a generated city of 200,000 buildings (no demo data): the tile index
/// calls the buildings layer large by itself, and the map pans and zooms over it from vector tiles.
/// </summary>
public sealed class GeneratedCityServerFixture : FireMapServerFixture, IAsyncLifetime
{
    public const int Buildings = 200_000;

    // One building per 40 m cell, 450 cells a row: about 17 km × 16 km, a district's density.
    private const string Generate = """
        INSERT INTO communities (code, name, geom)
        VALUES ('city', '生成城区 (synthetic)', ST_Multi(ST_MakeEnvelope(106.44, 29.44, 106.64, 29.62, 4326)));
        INSERT INTO buildings (code, name, community_id, address, floors, height_m, use_class,
                               alarm_system, smoke_control_system, sprinkler_system, hydrant_system, geom)
        SELECT 'city-' || g, '生成楼' || g, (SELECT id FROM communities WHERE code = 'city'), '生成路' || (g / 450 + 1) || '号',
               3 + g % 31, (3 + g % 31) * 3.0, CASE WHEN g % 7 = 0 THEN 'commercial' ELSE 'residential' END,
               'ok', 'ok', CASE WHEN g % 31 >= 5 THEN 'ok' ELSE 'absent' END, 'ok',
               ST_Multi(ST_MakeEnvelope(106.45 + (g % 450) * 0.0004, 29.45 + (g / 450) * 0.00036,
                                        106.45 + (g % 450) * 0.0004 + 0.00015 + (g % 3) * 0.00004,
                                        29.45 + (g / 450) * 0.00036 + 0.00012, 4326))
        FROM generate_series(0, @count - 1) g;
        ANALYZE buildings;
        """;

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["FireMap:LoadDemoData"] = "false",
    };

    public new async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var command = DataSource.CreateCommand(Generate);
        command.Parameters.Add(new NpgsqlParameter("count", Buildings));
        command.CommandTimeout = 300;
        await command.ExecuteNonQueryAsync();
    }
}

public sealed class GeneratedCityTileTests(GeneratedCityServerFixture server, Browser browser) : IClassFixture<GeneratedCityServerFixture>, IClassFixture<Browser>
{
    [Fact]
    public async Task Map_pans_and_zooms_over_200k_buildings_drawn_from_tiles()
    {
        var tiles = new ConcurrentBag<string>();
        var wholeLayers = new ConcurrentBag<string>();
        await using var map = await MapPage.OpenAsync(browser, server, page =>
        {
            page.Request += (_, request) =>
            {
                if (request.Url.Contains("/api/tiles/buildings/", StringComparison.Ordinal))
                {
                    tiles.Add(request.Url);
                }

                if (request.Url.Contains("/api/layers/buildings.geojson", StringComparison.Ordinal) && !request.Url.Contains("bbox=", StringComparison.Ordinal))
                {
                    wholeLayers.Add(request.Url);
                }
            };
            return Task.CompletedTask;
        }, Roles.Admin);

        // The service's own index, not a test's answer: 200,000 buildings make the layer large.
        Assert.Contains("buildings", await map.Page.EvaluateAsync<string[]>("() => window.fireMap.tiledLayers()"));

        // A z14 view, a pan across the city, zooming in to the detail zoom (SVG outlines) and out again.
        (double Lat, double Lon, int Zoom)[] views = [(29.49, 106.49, 14), (29.53, 106.55, 14), (29.53, 106.55, 16), (29.531, 106.551, 17), (29.52, 106.54, 13)];
        foreach (var (lat, lon, zoom) in views)
        {
            var before = tiles.Count;
            var drawn = await map.Page.EvaluateAsync<int[]>("""
                async ([lat, lon, zoom]) => {
                  const map = window.fireMap.map;
                  const grid = window.fireMap.tileLayer('buildings');
                  map.setView([lat, lon], zoom, { animate: false });
                  if (grid.isLoading()) await new Promise((resolve) => grid.once('load', resolve));
                  await new Promise((resolve) => requestAnimationFrame(() => resolve()));
                  const pane = document.querySelector('.leaflet-fm-buildings-pane');
                  return [pane.querySelectorAll('canvas').length, pane.querySelectorAll('path.leaflet-interactive').length, map.getZoom()];
                }
                """, new object[] { lat, lon, zoom });
            Assert.Equal(zoom, drawn[2]);
            Assert.True(tiles.Count > before, $"no buildings tile was asked for at z{zoom} ({lat}, {lon})");
            Assert.True(drawn[0] + drawn[1] > 0, $"nothing of the buildings layer is drawn at z{zoom} ({lat}, {lon})");
            if (zoom >= 17)
            {
                // From the detail zoom on, each building is an outline of its own.
                Assert.True(drawn[1] > 100, $"{drawn[1]} building outlines at z{zoom}");
            }
        }

        // Tiles of every zoom shown up to the detail zoom; past it the detail zoom's tiles are scaled up.
        foreach (var zoom in new[] { 13, 14, 16 })
        {
            Assert.Contains(tiles, url => url.Contains($"/buildings/{zoom}/", StringComparison.Ordinal));
        }

        Assert.DoesNotContain(tiles, url => url.Contains("/buildings/17/", StringComparison.Ordinal));
        // The map never asked for the whole layer as GeoJSON.
        Assert.Empty(wholeLayers);
        Assert.Empty(map.Problems);
    }
}
