using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using FireMap.TestHost;

namespace FireMap.Api.Tests.Photos;

/// <summary>Uploads and reads photos as a role, the way the phone form does (multipart, the map's request header).</summary>
internal sealed class PhotoApi(FireMapServerFixture server)
{
    public async Task<(HttpStatusCode Status, JsonElement Body)> UploadAsync(string role, byte[] bytes, string fileName = "photo.jpg",
        string contentType = "image/jpeg", bool? keepLocation = null)
    {
        using var client = server.CreateClient(role);
        client.DefaultRequestHeaders.Add("X-FireMap-Request", "1");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", fileName);
        if (keepLocation is bool keep)
        {
            form.Add(new StringContent(keep ? "true" : "false"), "keepLocation");
        }

        using var response = await client.PostAsync(new Uri("/api/photos", UriKind.Relative), form);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    public async Task<Guid> UploadOkAsync(string role, byte[] bytes, bool? keepLocation = null)
    {
        var (status, body) = await UploadAsync(role, bytes, keepLocation: keepLocation);
        Assert.True(status == HttpStatusCode.Created, $"{status}: {body}");
        return body.GetProperty("id").GetGuid();
    }

    public async Task<HttpResponseMessage> GetAsync(string role, Guid id, string? size = null)
    {
        using var client = server.CreateClient(role);
        return await client.GetAsync(new Uri($"/api/photos/{id}" + (size is null ? "" : "?size=" + size), UriKind.Relative));
    }

    public async Task LinkAsync(Guid photo, string kind, long recordId, string? communityCode)
    {
        await using var command = server.DataSource.CreateCommand("""
            INSERT INTO photo_links (photo_id, record_kind, record_id, community_id)
            VALUES (@p, @k, @r, (SELECT id FROM communities WHERE code = @c))
            """);
        command.Parameters.AddWithValue("p", photo);
        command.Parameters.AddWithValue("k", kind);
        command.Parameters.AddWithValue("r", recordId);
        command.Parameters.AddWithValue("c", (object?)communityCode ?? DBNull.Value);
        await command.ExecuteNonQueryAsync();
    }

    public async Task<T> ScalarAsync<T>(string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = server.DataSource.CreateCommand(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return (T)(await command.ExecuteScalarAsync())!;
    }

    public static void AssertProblem(HttpResponseMessage response, HttpStatusCode status, string code, string body)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(code, JsonDocument.Parse(body).RootElement.GetProperty("code").GetString());
    }
}
