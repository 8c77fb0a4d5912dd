using System.Collections.Concurrent;
using FireMap.TestHost;
using Microsoft.Playwright;

namespace FireMap.Web.Tests;

/// <summary>
/// Signs a browser context in as a demo account through <c>POST /api/auth/login</c>, so the map
/// it opens starts signed in. Each account signs in once per server and its session cookie is
/// given to later contexts: sign-ins are rate-limited per address, and the tests all come from one.
/// </summary>
public static class SignIn
{
    /// <summary>The sub-district office: every community, and every action of the map but imports.</summary>
    public const string DefaultRole = "subdistrict";

    private static readonly ConcurrentDictionary<string, Cookie[]> _sessions = new(StringComparer.Ordinal);

    public static async Task ContextAsync(IBrowserContext context, FireMapServerFixture server, string role = DefaultRole)
    {
        var key = $"{server.BaseUrl} {role}";
        if (_sessions.TryGetValue(key, out var cookies))
        {
            await context.AddCookiesAsync(cookies);
            return;
        }

        var account = server.Accounts[role];
        var response = await PostLoginAsync(context.APIRequest, server.BaseUrl, account);
        Assert.True(response.Ok, $"sign-in as {account.UserName}: HTTP {response.Status} {await response.TextAsync()}");
        // The request context shares the browser context's cookies: the page is signed in now.
        var session = await context.CookiesAsync([server.BaseUrl]);
        Assert.Contains(session, c => c.Name.StartsWith("firemap.session", StringComparison.Ordinal));
        _sessions[key] = [.. session.Select(c => new Cookie
        {
            Name = c.Name,
            Value = c.Value,
            Domain = c.Domain,
            Path = c.Path,
            HttpOnly = c.HttpOnly,
            Secure = c.Secure,
            SameSite = c.SameSite,
            Expires = c.Expires > 0 ? c.Expires : null,
        })];
    }

    /// <summary>The sign-in request, waiting out the per-address limit when the tests have reached it.</summary>
    private static async Task<IAPIResponse> PostLoginAsync(IAPIRequestContext request, string baseUrl, DemoAccount account)
    {
        for (var attempt = 0; ; attempt++)
        {
            var response = await request.PostAsync($"{baseUrl}/api/auth/login", new()
            {
                DataObject = new { userName = account.UserName, password = account.Password },
            });
            if (response.Status != 429 || attempt == 20)
            {
                return response;
            }

            await Task.Delay(TimeSpan.FromSeconds(5));
        }
    }
}
