using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using FireMap.Spatial.Interchange;
using FireMap.TestHost;
using Xunit.Abstractions;

namespace FireMap.Api.Tests.Hostile;

/// <summary>
/// Every field of every import layer (from the import format itself) fed hostile values in a
/// record that is otherwise the demo data's own, plus hostile geometry; nothing of a refused
/// import may be written.
/// </summary>
[Collection(HostileServerCollection.Name)]
public sealed class HostileImportTests(FireMapServerFixture server, ITestOutputHelper output)
{
    [Fact]
    public async Task Every_import_field_fed_hostile_values_is_refused_naming_it_and_writes_nothing()
    {
        var check = new HostileCheck();
        using var client = server.CreateClient();
        client.DefaultRequestHeaders.Add("X-FireMap-Request", "1");
        // One of each kind per field keeps the suite short: bad bytes, size, formula, range, wrong JSON type, nesting.
        var values = HostileValues.Json().Where(v => v is not JsonArray { Count: > 100 })
            .Where(v => v?.ToJsonString() is "\"a\\u0000b\"" or "\"\\uD800\"" or "1E+20" or "-1" or "{\"a\":1,\"lon\":\"x\",\"__proto__\":{}}"
                || v is JsonValue text && text.TryGetValue<string>(out var s) && (s.Length > 50_000 || s.StartsWith('=') || s.StartsWith('<'))
                || v is JsonArray { Count: 1 })
            .ToList();
        var sequence = 0;

        foreach (var layer in ImportFormat.Layers.Where(l => !l.IsCsvOnly))
        {
            var template = await TemplateAsync(layer);
            var before = await TableChecksums.ReadAsync(server.DataSource);
            var accepted = 0;
            var targets = layer.Fields.Select(f => f.Name).Append("geometry");
            foreach (var field in targets)
            {
                foreach (var value in field == "geometry" ? Geometries() : values)
                {
                    var feature = (JsonObject)template.DeepClone();
                    var properties = (JsonObject)feature["properties"]!;
                    properties["code"] = $"T-HOSTILE-{++sequence}";
                    if (field == "geometry")
                    {
                        feature["geometry"] = value?.DeepClone();
                    }
                    else
                    {
                        properties[field] = value?.DeepClone();
                    }

                    var file = new JsonObject { ["type"] = "FeatureCollection", ["features"] = new JsonArray(feature) }.ToJsonString();
                    using var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(file)), "files", layer.FileName } };
                    using var response = await client.PostAsync(new Uri("/api/imports", UriKind.Relative), form);
                    if (!await check.CheckAsync($"{layer.FileName} {field}={Describe(value)}", response))
                    {
                        accepted++;
                    }
                }
            }

            if (accepted == 0)
            {
                Assert.True(before == await TableChecksums.ReadAsync(server.DataSource), $"refused {layer.Name} imports changed rows");
            }
        }

        Assert.True(values.Count >= 7, $"only {values.Count} values picked");
        output.WriteLine($"Imports: {check.Tried} hostile files over {ImportFormat.Layers.Count(l => !l.IsCsvOnly)} layers; {check.Refused} refused; {check.ServerErrors} server errors");
        Assert.True(check.Failures.Count == 0, string.Join('\n', check.Failures.Take(30)));
    }

    // The first demo feature of the layer, whose references resolve in the loaded database.
    private async Task<JsonObject> TemplateAsync(LayerFormat layer)
    {
        var text = await File.ReadAllTextAsync(Path.Combine(server.Root, "data", "demo", layer.FileName));
        return (JsonObject)JsonNode.Parse(text)!["features"]![0]!.DeepClone();
    }

    private static IEnumerable<JsonNode?> Geometries()
    {
        yield return null;
        yield return JsonNode.Parse("""{"type":"Point","coordinates":[106.48,29.48,1,2,3]}""");
        yield return JsonNode.Parse("""{"type":"Point","coordinates":[1e308,29.48]}""");
        yield return JsonNode.Parse("""{"type":"Point","coordinates":[]}""");
        yield return JsonNode.Parse("""{"type":"Polygon","coordinates":[[[106.48,29.48],[106.49,29.49],[106.48,29.49],[106.49,29.48],[106.48,29.48]]]}""");
        yield return JsonNode.Parse("""{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,0]]]]}""");
        yield return JsonNode.Parse("""{"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[106.48,29.48]}]}""");
        yield return JsonNode.Parse("""{"type":"LineString","coordinates":[[106.48,29.48]]}""");
        yield return JsonNode.Parse("""{"type":"Point","coordinates":[106.48,29.48],"crs":{"type":"name","properties":{"name":"EPSG:3857"}}}""");
        yield return JsonNode.Parse("""{"type":"Point"}""");
        yield return JsonValue.Create("POINT(106.48 29.48)");
        yield return JsonNode.Parse("[106.48,29.48]");
    }

    private static string Describe(JsonNode? value)
    {
        var text = value?.ToJsonString() ?? "null";
        return text.Length > 60 ? text[..60] + "…" : text;
    }
}
