using System.Globalization;
using System.Net;
using System.Text;
using FireMap.TestHost;
using static FireMap.Api.Tests.GraphQL.GraphQLRequests;

namespace FireMap.Api.Tests.Exports;

[Collection(FireMapServerCollection.Name)]
public sealed class WithinExportTests(FireMapServerFixture server)
{
    [Theory]
    [InlineData("buildings", "buildingsWithin", "距离(米),编码,名称,地址,小区,层数,高度(米),用途,高层建筑,人数")]
    [InlineData("places", "placesWithin", "距离(米),编码,名称,类别,地址,容纳人数")]
    [InlineData("hydrants", "hydrantsWithin", "距离(米),编码,类型,状态,地址")]
    public async Task WithinCsv_has_bom_chinese_header_and_every_hit_nearest_first(string layer, string field, string header)
    {
        using var client = server.CreateClient();
        var bytes = await client.GetByteArrayAsync(new Uri($"/api/exports/within.csv?layer={layer}&lon=106.48&lat=29.48&radius=800", UriKind.Relative));
        var total = (await PostAsync(client, $"{{ {field}(center: {{lon: 106.48, lat: 29.48}}, radiusMeters: 800) {{ totalCount }} }}"))
            .GetProperty("data").GetProperty(field).GetProperty("totalCount").GetInt32();

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal(header, lines[0]);
        Assert.True(total > 0);
        Assert.Equal(total, lines.Count - 1);
        var distances = lines.Skip(1).Select(l => double.Parse(l.Split(',')[0], CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(distances.Order(), distances);
        Assert.DoesNotContain(lines.Skip(1), l => l.Contains("residential", StringComparison.Ordinal) || l.Contains(",fault", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithinCsv_english_has_english_header()
    {
        using var client = server.CreateClient();
        var text = await client.GetStringAsync(new Uri("/api/exports/within.csv?layer=hydrants&lon=106.48&lat=29.48&radius=300&lang=en", UriKind.Relative));
        Assert.StartsWith("distance_m,code,kind,status,address", text.TrimStart('\uFEFF'), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("layer=buildings&lon=106.48&lat=95&radius=100", "lon/lat")]
    [InlineData("layer=buildings&lon=106.48&lat=29.48&radius=0", "radius")]
    [InlineData("layer=buildings&lon=106.48&lat=29.48&radius=6000", "radius")]
    [InlineData("layer=buildings&lat=29.48&radius=100", "lon/lat")]
    [InlineData("layer=towers&lon=106.48&lat=29.48&radius=100", "layer")]
    public async Task WithinCsv_with_bad_parameter_gets_problem_naming_it(string query, string parameter)
    {
        using var client = server.CreateClient();
        using var response = await client.GetAsync(new Uri($"/api/exports/within.csv?{query}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(parameter, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
