using System.Net;
using FireMap.Api.Tests.Photos;
using FireMap.TestHost;

namespace FireMap.Api.Tests.Hazards;

/// <summary>
/// Photos of a hazard: taken when it is found and when its rectification is submitted, linked in the
/// step's own transaction; an unknown or someone else's photo refuses the whole step.
/// </summary>
[Collection(FireMapServerCollection.Name)]
public sealed class HazardPhotoTests(FireMapServerFixture server) : IAsyncLifetime
{
    private const string WithPhotos = "photos { id url thumbnailUrl }";

    private readonly HazardApi _api = new(server);
    private readonly PhotoApi _photos = new(server);
    private long _maxId;

    public async Task InitializeAsync() => _maxId = await _api.MaxIdAsync();

    public Task DisposeAsync() => _api.RemoveAfterAsync(_maxId);

    [Fact]
    public async Task Found_and_rectified_photos_are_linked_to_the_hazard_and_readable_in_its_scope()
    {
        var building = await _api.BuildingInGridAsync();
        var found = await _photos.UploadOkAsync("grid", TestImages.Jpeg(320, 240));
        var reported = await _api.DataAsync("grid", $$"""
            mutation($input: ReportHazardInput!) { reportHazard(input: $input) { id version {{WithPhotos}} } }
            """, new
        {
            input = new
            {
                subjectType = "BUILDING", subjectId = HazardApi.Id(building), category = "ELECTRICAL_WIRING", severity = "GENERAL",
                description = "楼道飞线充电（照片测试）", responsibleUnit = "测试物业", photoIds = new[] { found.ToString() },
            },
        });
        var hazard = reported.GetProperty("reportHazard");
        Assert.Equal([found.ToString()], hazard.GetProperty("photos").EnumerateArray().Select(p => p.GetProperty("id").GetString()));
        Assert.Equal($"/api/photos/{found}", hazard.GetProperty("photos")[0].GetProperty("url").GetString());

        var started = await _api.StepOkAsync("grid", "startRectification", hazard);
        var after = await _photos.UploadOkAsync("grid", TestImages.Jpeg(330, 250));
        var submitted = await _api.DataAsync("grid", $$"""
            mutation($id: ID!, $v: Int!, $photos: [ID!]) { submitRectification(id: $id, expectedVersion: $v, photoIds: $photos) { status {{WithPhotos}} } }
            """, new { id = started.GetProperty("id").GetString(), v = started.GetProperty("version").GetInt32(), photos = new[] { after.ToString() } });
        Assert.Equal([found.ToString(), after.ToString()],
            submitted.GetProperty("submitRectification").GetProperty("photos").EnumerateArray().Select(p => p.GetProperty("id").GetString()));

        // A reader in the hazard's scope sees the photo through the hazard; the uploader is not the only one.
        using var seen = await _photos.GetAsync("community", after);
        Assert.Equal(HttpStatusCode.OK, seen.StatusCode);
    }

    [Fact]
    public async Task Someone_elses_unlinked_photo_refuses_the_report_and_writes_nothing()
    {
        var building = await _api.BuildingInGridAsync();
        var notMine = await _photos.UploadOkAsync("subdistrict", TestImages.Jpeg(200, 200));
        var before = await _api.MaxIdAsync();
        var body = await _api.AsAsync("grid", """
            mutation($input: ReportHazardInput!) { reportHazard(input: $input) { id } }
            """, new
        {
            input = new
            {
                subjectType = "BUILDING", subjectId = HazardApi.Id(building), category = "ELECTRICAL_WIRING", severity = "GENERAL",
                description = "别人的照片（照片测试）", responsibleUnit = "测试物业", photoIds = new[] { notMine.ToString() },
            },
        });
        Assert.Equal("BAD_USER_INPUT", HazardApi.ErrorCode(body));
        Assert.Equal(before, await _api.MaxIdAsync());

        var malformed = await _api.AsAsync("grid", """
            mutation($input: ReportHazardInput!) { reportHazard(input: $input) { id } }
            """, new
        {
            input = new
            {
                subjectType = "BUILDING", subjectId = HazardApi.Id(building), category = "ELECTRICAL_WIRING", severity = "GENERAL",
                description = "坏的照片编号（照片测试）", responsibleUnit = "测试物业", photoIds = new[] { "not-a-photo" },
            },
        });
        Assert.Equal("BAD_USER_INPUT", HazardApi.ErrorCode(malformed));
        Assert.Equal(before, await _api.MaxIdAsync());
    }
}
