using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FireMap.TestHost;

namespace FireMap.Api.Tests.Accounts;

/// <summary>Requests the accounts tests make: GraphQL as a role, sign-in, SQL.</summary>
internal sealed class AccountApi(FireMapServerFixture server)
{
    public async Task<(HttpStatusCode Status, JsonElement Body)> GraphQLAsync(HttpClient client, string query, object? variables = null)
    {
        using var response = await client.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query, variables });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode < 500, $"server error {(int)response.StatusCode}: {text}");
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    public async Task<JsonElement> AsAsync(string role, string query, object? variables = null)
    {
        using var client = server.CreateClient(role);
        var (status, body) = await GraphQLAsync(client, query, variables);
        Assert.Equal(HttpStatusCode.OK, status);
        return body;
    }

    public static string? ErrorCode(JsonElement body) =>
        body.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0
            ? errors[0].GetProperty("extensions").GetProperty("code").GetString()
            : null;

    public async Task<T> ScalarAsync<T>(string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = server.DataSource.CreateCommand(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return (T)(await command.ExecuteScalarAsync())!;
    }

    public async Task<HttpResponseMessage> LoginAsync(HttpClient client, string userName, string password) =>
        await client.PostAsJsonAsync(new Uri("/api/auth/login", UriKind.Relative), new { userName, password });
}
