using System.Text;
using System.Text.Json;

namespace FireMap.Bench.Proximity;

/// <summary>Sends one radius query before any load, to fail early if the API answers something else than a full page.</summary>
public static class HttpProbe
{
    public static async Task<int> CountEdgesAsync(Uri endpoint, string token, string body)
    {
        using var client = new HttpClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(endpoint, content);
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        if (!response.IsSuccessStatusCode || document.RootElement.TryGetProperty("errors", out _))
        {
            throw new InvalidOperationException($"The API answered {(int)response.StatusCode}: {text}");
        }

        return document.RootElement.GetProperty("data").GetProperty("buildingsWithin").GetProperty("edges").GetArrayLength();
    }
}
