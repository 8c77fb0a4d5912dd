using System.Globalization;
using System.Net;
using System.Text.Json;
using FireMap.Api.Tests.Accounts;
using FireMap.TestHost;

namespace FireMap.Api.Tests.PublicReports;

/// <summary>
/// Reports from the public: sent without an account, moderated by staff into hazards or dismissed,
/// tracked by code; floods, oversized uploads and cross-site posts are refused and write nothing.
/// </summary>
[Collection(FireMapServerCollection.Name)]
public sealed class PublicReportTests(FireMapServerFixture server)
{
    private const string Queue = """
        query($c: String) { publicReports(first: 100, communityCode: $c, status: [RECEIVED]) { totalCount edges { node { id trackingCode version status hasPhoto } } } }
        """;

    private const string Convert = """
        mutation($id: ID!, $v: Int!) { convertPublicReport(id: $id, expectedVersion: $v,
            input: { category: ELECTRICAL_WIRING, severity: GENERAL, responsibleUnit: "物业服务中心" }) { id status hazardId hazardCode version } }
        """;

    private readonly AccountApi _api = new(server);

    [Fact]
    public async Task Public_report_is_sent_without_account_turned_into_a_hazard_and_tracked_by_code()
    {
        var (lon, lat) = await PointInCommunityAsync();
        using var anonymous = PublicClient.Create(server.BaseUrl);
        using var sent = await anonymous.PostAsync(new Uri("/api/public-reports", UriKind.Relative),
            PublicClient.Form("楼道内电动车充电，电线私拉乱接", lon, lat, TestImages.Jpeg(800, 600, (lon, lat))));
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        var code = JsonDocument.Parse(await sent.Content.ReadAsStringAsync()).RootElement.GetProperty("trackingCode").GetString()!;
        Assert.Matches("^[A-Z2-9]{12}$", code);
        Assert.Equal("received", (await StatusAsync(anonymous, code)).GetProperty("status").GetString());

        // The community's staff see it in their queue; a viewer may not moderate.
        var community = server.Accounts["community"].CommunityCode!;
        var queue = await _api.AsAsync("community", Queue, new { c = community });
        var node = queue.GetProperty("data").GetProperty("publicReports").GetProperty("edges").EnumerateArray()
            .Select(e => e.GetProperty("node")).Single(n => n.GetProperty("trackingCode").GetString() == code);
        Assert.True(node.GetProperty("hasPhoto").GetBoolean());
        Assert.Equal("FORBIDDEN", AccountApi.ErrorCode(await _api.AsAsync("viewer", Queue, new { c = community })));

        var id = node.GetProperty("id").GetString()!;
        var version = node.GetProperty("version").GetInt32();
        Assert.Equal("CONFLICT", AccountApi.ErrorCode(await _api.AsAsync("community", Convert, new { id, v = version + 1 })));
        var converted = await _api.AsAsync("community", Convert, new { id, v = version });
        Assert.Null(AccountApi.ErrorCode(converted));
        var report = converted.GetProperty("data").GetProperty("convertPublicReport");
        Assert.Equal("CONVERTED", report.GetProperty("status").GetString());
        var hazardCode = report.GetProperty("hazardCode").GetString()!;
        Assert.Equal($"群众举报 {code}", await _api.ScalarAsync<string>("SELECT found_by FROM hazards WHERE code = @c", ("c", hazardCode)));

        // A second moderator's conversion of the same report is a conflict, not a second hazard.
        Assert.Equal("CONFLICT", AccountApi.ErrorCode(await _api.AsAsync("community", Convert, new { id, v = report.GetProperty("version").GetInt32() })));

        var rewarded = await _api.AsAsync("community", "mutation($id: ID!, $v: Int!) { rewardPublicReport(id: $id, expectedVersion: $v, amountCny: 200) { rewardCny } }",
            new { id, v = report.GetProperty("version").GetInt32() });
        Assert.Null(AccountApi.ErrorCode(rewarded));

        var outcome = await StatusAsync(anonymous, code.ToLowerInvariant());
        Assert.Equal("converted", outcome.GetProperty("status").GetString());
        Assert.Equal(hazardCode, outcome.GetProperty("hazardCode").GetString());
        Assert.True(outcome.GetProperty("rewarded").GetBoolean());
        Assert.False(outcome.TryGetProperty("handledBy", out _));

        // The outbox holds the submission and the hazard for webhook subscribers.
        Assert.Equal(1L, await _api.ScalarAsync<long>(
            "SELECT count(*) FROM record_events WHERE kind = 'report_submitted' AND entity_id = (SELECT id FROM public_reports WHERE tracking_code = @c)", ("c", code)));
        Assert.Equal(1L, await _api.ScalarAsync<long>(
            "SELECT count(*) FROM record_events WHERE kind = 'hazard_created' AND entity_id = (SELECT id FROM hazards WHERE code = @c)", ("c", hazardCode)));
    }

    [Fact]
    public async Task Dismissed_report_shows_its_reason_to_the_reporter()
    {
        var (lon, lat) = await PointInCommunityAsync();
        using var anonymous = PublicClient.Create(server.BaseUrl);
        var code = await SubmitAsync(anonymous, lon, lat);
        var id = await _api.ScalarAsync<long>("SELECT id FROM public_reports WHERE tracking_code = @c", ("c", code));
        var dismissed = await _api.AsAsync("subdistrict", "mutation($id: ID!) { dismissPublicReport(id: $id, expectedVersion: 1, reason: \"现场核查无隐患\") { status } }",
            new { id = id.ToString(CultureInfo.InvariantCulture) });
        Assert.Null(AccountApi.ErrorCode(dismissed));
        var outcome = await StatusAsync(anonymous, code);
        Assert.Equal("dismissed", outcome.GetProperty("status").GetString());
        Assert.Equal("现场核查无隐患", outcome.GetProperty("dismissReason").GetString());
    }

    [Fact]
    public async Task Flood_from_one_address_is_refused_with_429_and_writes_nothing()
    {
        var (lon, lat) = await PointInCommunityAsync();
        using var anonymous = PublicClient.Create(server.BaseUrl);
        for (var i = 0; i < 5; i++)
        {
            await SubmitAsync(anonymous, lon, lat);
        }

        var before = await _api.ScalarAsync<long>("SELECT count(*) FROM public_reports");
        using var refused = await anonymous.PostAsync(new Uri("/api/public-reports", UriKind.Relative), PublicClient.Form("第六次举报，应被拒绝", lon, lat));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal("TOO_MANY_REQUESTS", JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString());
        Assert.True(refused.Headers.RetryAfter is not null);
        Assert.Equal(before, await _api.ScalarAsync<long>("SELECT count(*) FROM public_reports"));

        // Another address is not held back by this one's flood.
        using var neighbour = PublicClient.Create(server.BaseUrl);
        await SubmitAsync(neighbour, lon, lat);
    }

    [Fact]
    public async Task Scanning_tracking_codes_from_one_address_is_refused_with_429()
    {
        using var scanner = PublicClient.Create(server.BaseUrl);
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 31; i++)
        {
            using var response = await scanner.GetAsync(new Uri($"/api/public-reports/status/SCAN{i:D8}", UriKind.Relative));
            answers.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.True(response.Headers.RetryAfter is not null);
                Assert.Equal("TOO_MANY_REQUESTS", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString());
            }
        }

        Assert.All(answers.Take(30), status => Assert.Equal(HttpStatusCode.NotFound, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[30]);

        // Another address still looks up freely.
        using var neighbour = PublicClient.Create(server.BaseUrl);
        using var fresh = await neighbour.GetAsync(new Uri("/api/public-reports/status/AAAAAAAAAAAA", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, fresh.StatusCode);
    }

    [Fact]
    public async Task Oversized_upload_is_refused_with_413_and_writes_nothing()
    {
        var (lon, lat) = await PointInCommunityAsync();
        using var anonymous = PublicClient.Create(server.BaseUrl);
        var before = await _api.ScalarAsync<long>("SELECT count(*) FROM public_reports");
        var big = new byte[6 * 1024 * 1024];
        TestImages.Jpeg(64, 64).CopyTo(big, 0);
        using var refused = await anonymous.PostAsync(new Uri("/api/public-reports", UriKind.Relative), PublicClient.Form("照片过大的举报", lon, lat, big));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Equal("PAYLOAD_TOO_LARGE", JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString());

        // Not a photo at all: refused by the bytes, whatever the name says.
        using var wrong = await anonymous.PostAsync(new Uri("/api/public-reports", UriKind.Relative),
            PublicClient.Form("不是照片的附件", lon, lat, "<html>not a photo</html>"u8.ToArray()));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, wrong.StatusCode);
        Assert.Equal(before, await _api.ScalarAsync<long>("SELECT count(*) FROM public_reports"));
    }

    [Fact]
    public async Task Cross_site_post_and_unknown_code_are_refused()
    {
        var (lon, lat) = await PointInCommunityAsync();
        using var anonymous = PublicClient.Create(server.BaseUrl);
        var before = await _api.ScalarAsync<long>("SELECT count(*) FROM public_reports");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/public-reports", UriKind.Relative)) { Content = PublicClient.Form("跨站提交的举报", lon, lat) };
        request.Headers.Add("Origin", "https://evil.example");
        using var crossSite = await anonymous.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, crossSite.StatusCode);
        Assert.Equal(before, await _api.ScalarAsync<long>("SELECT count(*) FROM public_reports"));

        using var unknown = await anonymous.GetAsync(new Uri("/api/public-reports/status/AAAAAAAAAAAA", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private static async Task<string> SubmitAsync(HttpClient client, double lon, double lat)
    {
        using var sent = await client.PostAsync(new Uri("/api/public-reports", UriKind.Relative), PublicClient.Form("消防通道堆放杂物", lon, lat));
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        return JsonDocument.Parse(await sent.Content.ReadAsStringAsync()).RootElement.GetProperty("trackingCode").GetString()!;
    }

    private static async Task<JsonElement> StatusAsync(HttpClient client, string code)
    {
        using var response = await client.GetAsync(new Uri($"/api/public-reports/status/{code}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private async Task<(double Lon, double Lat)> PointInCommunityAsync()
    {
        var community = server.Accounts["community"].CommunityCode!;
        var lon = await _api.ScalarAsync<double>("SELECT ST_X(ST_PointOnSurface(geom)) FROM communities WHERE code = @c", ("c", community));
        var lat = await _api.ScalarAsync<double>("SELECT ST_Y(ST_PointOnSurface(geom)) FROM communities WHERE code = @c", ("c", community));
        return (lon, lat);
    }
}
