using System.Net;
using System.Text.Json;
using FireMap.TestHost;

namespace FireMap.Api.Tests.Interchange;

/// <summary>Exports and layer imports over HTTP, as a GIS user or the import dialog calls them.</summary>
internal sealed class InterchangeApi(FireMapServerFixture server)
{
    public async Task<byte[]> ExportAsync(string layer, string extension, string? crs = null, string role = "admin")
    {
        using var client = server.CreateClient(role);
        var query = crs is null ? "" : $"?crs={Uri.EscapeDataString(crs)}";
        using var response = await client.GetAsync(new Uri($"/api/exports/layers/{layer}.{extension}{query}", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode} {System.Text.Encoding.UTF8.GetString(bytes)}");
        return bytes;
    }

    /// <summary>Posts one file to <c>/api/imports/{layer}</c>; the status and the JSON body (report or problem).</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body)> ImportAsync(string layer, string fileName, byte[] content, string query = "",
        string? mapping = null, string role = "admin")
    {
        using var client = server.CreateClient(role);
        client.DefaultRequestHeaders.Add("X-FireMap-Request", "1");
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(content), "file", fileName);
        if (mapping is not null)
        {
            form.Add(new StringContent(mapping), "mapping");
        }

        using var response = await client.PostAsync(new Uri($"/api/imports/{layer}{query}", UriKind.Relative), form);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.StartsWith('{') ? JsonDocument.Parse(text).RootElement.Clone() : default);
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

    public async Task ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = server.DataSource.CreateCommand(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync();
    }
}
