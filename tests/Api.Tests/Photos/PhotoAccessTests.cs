using System.Net;
using FireMap.TestHost;

namespace FireMap.Api.Tests.Photos;

/// <summary>
/// Who may upload (the operating roles) and who may see a photo: its uploader, or readers of a record
/// it is linked to in their scope; a door-knock visit's photos only under the personal-data rule.
/// </summary>
[Collection(FireMapServerCollection.Name)]
public sealed class PhotoAccessTests(FireMapServerFixture server)
{
    private readonly PhotoApi _api = new(server);

    [Theory]
    [InlineData("admin", true)]
    [InlineData("subdistrict", true)]
    [InlineData("community", true)]
    [InlineData("grid", true)]
    [InlineData("station", false)]
    [InlineData("analyst", false)]
    [InlineData("viewer", false)]
    public async Task Upload_is_allowed_to_the_operating_roles_only(string role, bool allowed)
    {
        var (status, _) = await _api.UploadAsync(role, TestImages.Jpeg(320, 240));
        Assert.Equal(allowed ? HttpStatusCode.Created : HttpStatusCode.Forbidden, status);
    }

    [Fact]
    public async Task Upload_without_sign_in_is_refused()
    {
        using var client = server.CreateAnonymousClient();
        client.DefaultRequestHeaders.Add("X-FireMap-Request", "1");
        using var form = new MultipartFormDataContent { { new ByteArrayContent(TestImages.Jpeg(64, 64)), "file", "a.jpg" } };
        using var response = await client.PostAsync(new Uri("/api/photos", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Unlinked_photo_is_seen_by_its_uploader_only()
    {
        var id = await _api.UploadOkAsync("grid", TestImages.Jpeg(320, 240));

        using (var own = await _api.GetAsync("grid", id))
        {
            Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        }

        foreach (var role in new[] { "admin", "community", "viewer" })
        {
            using var other = await _api.GetAsync(role, id);
            PhotoApi.AssertProblem(other, HttpStatusCode.Forbidden, "FORBIDDEN", await other.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Photo_linked_to_a_hazard_is_seen_in_the_hazards_community_only()
    {
        var id = await _api.UploadOkAsync("admin", TestImages.Jpeg(320, 240));
        var own = server.Accounts["community"].CommunityCode!;
        var other = await _api.ScalarAsync<string>("SELECT code FROM communities WHERE code <> @c ORDER BY code LIMIT 1", ("c", own));
        await _api.LinkAsync(id, "hazard", 990_001, other);

        foreach (var (role, status) in new[] { ("viewer", HttpStatusCode.OK), ("station", HttpStatusCode.OK), ("community", HttpStatusCode.Forbidden), ("grid", HttpStatusCode.Forbidden) })
        {
            using var response = await _api.GetAsync(role, id, "thumbnail");
            Assert.True(status == response.StatusCode, $"{role}: {response.StatusCode}");
        }

        await _api.LinkAsync(id, "hazard", 990_002, own);
        using var inScope = await _api.GetAsync("community", id, "thumbnail");
        Assert.Equal(HttpStatusCode.OK, inScope.StatusCode);
    }

    [Fact]
    public async Task Photo_of_a_visit_needs_the_personal_rule_and_each_read_is_audited()
    {
        var id = await _api.UploadOkAsync("admin", TestImages.Jpeg(320, 240));
        var community = server.Accounts["community"].CommunityCode!;
        await _api.LinkAsync(id, "visit", 990_003, community);

        foreach (var role in new[] { "station", "analyst", "viewer" })
        {
            using var refused = await _api.GetAsync(role, id);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        var actor = server.Accounts["community"].UserName;
        const string Reads = "SELECT count(*) FROM audit_log WHERE action = 'read_personal' AND entity = 'visit_photo' AND entity_id = 990003 AND actor = @a";
        var before = await _api.ScalarAsync<long>(Reads, ("a", actor));
        using var allowed = await _api.GetAsync("community", id);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal(before + 1, await _api.ScalarAsync<long>(Reads, ("a", actor)));
    }

    [Fact]
    public async Task Unknown_photo_is_404_and_a_bad_size_is_400_with_problem_bodies()
    {
        using var missing = await _api.GetAsync("admin", Guid.NewGuid());
        PhotoApi.AssertProblem(missing, HttpStatusCode.NotFound, "NOT_FOUND", await missing.Content.ReadAsStringAsync());

        var id = await _api.UploadOkAsync("admin", TestImages.Jpeg(64, 64));
        using var badSize = await _api.GetAsync("admin", id, "huge");
        PhotoApi.AssertProblem(badSize, HttpStatusCode.BadRequest, "BAD_USER_INPUT", await badSize.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Repeated_read_with_the_etag_is_304()
    {
        var id = await _api.UploadOkAsync("grid", TestImages.Jpeg(64, 64));
        using var first = await _api.GetAsync("grid", id);
        using var client = server.CreateClient("grid");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/photos/{id}");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }
}
