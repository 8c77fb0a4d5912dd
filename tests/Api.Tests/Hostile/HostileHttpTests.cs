using System.Text;
using FireMap.TestHost;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace FireMap.Api.Tests.Hostile;

/// <summary>
/// Every mapped REST endpoint, found from the service's own route table: each route value and
/// query parameter fed hostile values; then hostile headers on a few paths.
/// </summary>
[Collection(HostileServerCollection.Name)]
public sealed class HostileHttpTests(FireMapServerFixture server, ITestOutputHelper output)
{
    private static readonly Type[] _bindable =
        [typeof(string), typeof(bool), typeof(int), typeof(long), typeof(double), typeof(DateTimeOffset), typeof(DateOnly)];

    [Fact]
    public async Task Every_endpoint_parameter_and_header_fed_hostile_values_gets_a_coded_4xx_without_internals()
    {
        var check = new HostileCheck();
        var endpoints = Endpoints();
        Assert.True(endpoints.Count >= 5, "the route table lists too few endpoints");
        using var client = server.CreateClient();
        var urls = new List<string>();
        foreach (var (pattern, parameters) in endpoints)
        {
            var routeNames = RouteNames(pattern);
            foreach (var target in routeNames.Concat(parameters))
            {
                foreach (var value in HostileValues.ShortTexts.Concat(HostileValues.Numbers.Take(6).Select(n => n.ToString("R", System.Globalization.CultureInfo.InvariantCulture))))
                {
                    var path = pattern;
                    foreach (var name in routeNames)
                    {
                        path = path.Replace("{" + name + "}", Uri.EscapeDataString(name == target ? value : Plausible(name)), StringComparison.Ordinal);
                    }

                    var query = string.Join('&', parameters.Select(p => p + "=" + Uri.EscapeDataString(p == target ? value : Plausible(p))));
                    urls.Add(path + (query.Length > 0 ? "?" + query : ""));
                }
            }
        }

        await Parallel.ForEachAsync(urls, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (url, _) =>
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            await check.CheckAsync("GET " + url, response);
        });

        var before = await TableChecksums.ReadAsync(server.DataSource);
        await HeadersAsync(client, check);
        Assert.Equal(before, await TableChecksums.ReadAsync(server.DataSource));

        output.WriteLine($"HTTP: {check.Tried} hostile requests over {endpoints.Count} endpoints; {check.Refused} refused; {check.ServerErrors} server errors");
        Assert.True(check.Failures.Count == 0, string.Join('\n', check.Failures.Take(30)));
    }

    private static async Task HeadersAsync(HttpClient client, HostileCheck check)
    {
        string[] headers = ["Accept", "Accept-Language", "Content-Type", "If-None-Match", "Origin", "Sec-Fetch-Site", "X-FireMap-Request", "Cookie", "Referer", "User-Agent", "X-Forwarded-For"];
        foreach (var header in headers)
        {
            foreach (var value in HostileValues.ShortTexts.Where(v => !v.Contains('\r') && !v.Contains('\n')))
            {
                foreach (var (method, path) in new[] { ("GET", "/api/vocabulary"), ("POST", "/graphql"), ("POST", "/api/imports") })
                {
                    using var request = new HttpRequestMessage(new HttpMethod(method), path);
                    if (method == "POST")
                    {
                        request.Content = new StringContent(path == "/graphql" ? "{\"query\":\"{ __typename }\"}" : "x", Encoding.UTF8, "application/json");
                        if (header == "Content-Type")
                        {
                            request.Content.Headers.Remove("Content-Type");
                        }
                    }

                    var target = header == "Content-Type" && request.Content is not null ? (System.Net.Http.Headers.HttpHeaders)request.Content.Headers : request.Headers;
                    if (!target.TryAddWithoutValidation(header, value))
                    {
                        continue;
                    }

                    HttpResponseMessage response;
                    try
                    {
                        response = await client.SendAsync(request);
                    }
                    catch (HttpRequestException)
                    {
                        // The client itself would not send it (a NUL or non-ASCII byte in a header).
                        continue;
                    }

                    using (response)
                    {
                        await check.CheckAsync($"{method} {path} {header}: {value[..Math.Min(40, value.Length)]}", response);
                    }
                }
            }
        }
    }

    private List<(string Pattern, List<string> Parameters)> Endpoints()
    {
        var source = server.Services.GetRequiredService<EndpointDataSource>();
        return source.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && raw.StartsWith("/api/", StringComparison.Ordinal)
                && e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
            .Select(e => (e.RoutePattern.RawText!, e.Metadata.OfType<IParameterBindingMetadata>()
                .Where(p => _bindable.Contains(Nullable.GetUnderlyingType(p.ParameterInfo.ParameterType) ?? p.ParameterInfo.ParameterType))
                .Select(p => p.Name)
                .Where(name => !e.RoutePattern.RawText!.Contains("{" + name + "}", StringComparison.Ordinal))
                .ToList()))
            .Concat([("/health", new List<string>()), ("/alive", [])])
            .ToList();
    }

    private static List<string> RouteNames(string pattern) =>
        [.. System.Text.RegularExpressions.Regex.Matches(pattern, @"\{(\w+)\}").Select(m => m.Groups[1].Value)];

    private static string Plausible(string name) => name switch
    {
        "name" => "buildings",
        "format" => "csv",
        "layer" => "buildings",
        "lon" => "106.48",
        "lat" => "29.48",
        "radius" => "500",
        "bbox" => "106.479,29.479,106.481,29.481",
        "active" => "true",
        "lang" => "en",
        _ => "x",
    };
}
