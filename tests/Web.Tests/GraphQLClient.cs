using System.Net.Http.Json;
using System.Text.Json;

namespace FireMap.Web.Tests;

/// <summary>Asks the service's GraphQL endpoint directly, to check what the map shows against it.</summary>
public static class GraphQLClient
{
    /// <summary>The <c>data</c> of the answer; fails the test when the answer carries errors.</summary>
    public static async Task<JsonElement> QueryAsync(HttpClient client, string query, object variables)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}: {body}");
        Assert.False(body.TryGetProperty("errors", out var errors), $"GraphQL errors: {errors}");
        return body.GetProperty("data");
    }
}
