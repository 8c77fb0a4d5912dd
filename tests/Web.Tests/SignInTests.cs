using System.Text.Json;
using FireMap.TestHost;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FireMap.Web.Tests;

/// <summary>
/// The map's sign-in: nothing but the form before anyone signs in, refusals said in words, signing
/// out, and the form again when the session ends while the map is open.
/// </summary>
[Collection(FireMapServerCollection.Name)]
public sealed class SignInTests(FireMapServerFixture server, Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task MapPage_anonymousVisit_showsTheSignInFormAndFetchesNoData()
    {
        var requests = new List<string>();
        var answers = new List<(string Url, int Status)>();
        await using var map = await MapPage.OpenSignedOutAsync(browser, server, page =>
        {
            page.Request += (_, request) => Record(requests, request.Url);
            page.Response += (_, response) => Record(answers, (response.Url, response.Status));
            return Task.CompletedTask;
        });
        var page = map.Page;
        var form = new SignInPage(page);

        await Expect(page.GetByTestId("sign-in").Locator("h2")).ToHaveTextAsync("登录");
        await Expect(form.Form).ToContainTextAsync("用户名");
        await Expect(form.Form).ToContainTextAsync("密码");
        await Expect(form.Password).ToHaveAttributeAsync("type", "password");
        await Expect(form.Error).ToBeHiddenAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => window.fireMap === undefined && !document.querySelector('.leaflet-container')"),
            "the map was built before anyone signed in");

        // The page asked who is signed in (401) and nothing else of the service.
        lock (requests)
        {
            Assert.DoesNotContain(requests, url => url.Contains("/api/", StringComparison.Ordinal));
        }

        lock (answers)
        {
            var graphql = Assert.Single(answers, a => a.Url.EndsWith("/graphql", StringComparison.Ordinal));
            Assert.Equal(401, graphql.Status);
        }

        var folder = Path.Combine(server.Root, "TestResults", "web");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "sign-in-zh.png") });

        // And the service would not have answered anyway.
        Assert.Equal(401, await page.EvaluateAsync<int>("() => fetch('api/layers/communities.geojson').then(r => r.status)"));
        Assert.Equal(401, await page.EvaluateAsync<int>("() => fetch('api/vocabulary').then(r => r.status)"));
    }

    [Fact]
    public async Task SignInForm_wrongPassword_saysSoInEitherLanguageThenSignsIn()
    {
        var account = server.Accounts["viewer"];
        await using var map = await MapPage.OpenSignedOutAsync(browser, server);
        var page = map.Page;
        var form = new SignInPage(page);

        await form.SubmitAsync(account.UserName, "not-the-password-1234");

        await Expect(form.Error).ToHaveTextAsync("用户名或密码不正确，或账号已停用。");
        await Expect(form.Error).ToHaveAttributeAsync("role", "alert");
        await Expect(form.Password).ToHaveValueAsync("");
        await page.GetByTestId("sign-in-language-en").ClickAsync();
        await Expect(page.GetByTestId("sign-in").Locator("h2")).ToHaveTextAsync("Sign in");
        await Expect(form.Error).ToHaveTextAsync("The user name or password is wrong, or the account is disabled.");
        await page.GetByTestId("sign-in-language-zh").ClickAsync();

        await form.SignInAsync(account.UserName, account.Password);
        await map.WaitUntilReadyAsync();
        await Expect(page.GetByTestId("account-name")).ToBeVisibleAsync();
        Assert.Empty(await map.FailedLayersAsync());
        Assert.True((await map.LayerCountsAsync())["buildings"] > 0, "no buildings after signing in");
    }

    [Fact]
    public async Task SignInForm_accountLockedOrTooManyAttempts_saysWhenToTryAgain()
    {
        // The service's own answers (a locked account; the per-address limit), played back so that
        // no real account is locked and the other tests keep their sign-ins.
        var answer = new { status = 401, body = "" };
        await using var map = await MapPage.OpenSignedOutAsync(browser, server, page =>
            page.RouteAsync("**/api/auth/login", route => route.FulfillAsync(new()
            {
                Status = answer.status,
                ContentType = "application/problem+json",
                Body = answer.body,
            })));
        var form = new SignInPage(map.Page);

        answer = new
        {
            status = 401,
            body = JsonSerializer.Serialize(new
            {
                type = "about:blank", title = "Account locked", status = 401, code = "LOCKED", lockedUntil = "2026-12-01T07:45:00+00:00",
            }),
        };
        await form.SubmitAsync("demo-viewer", "whatever-password");
        // 07:45 UTC is 15:45 in China.
        await Expect(form.Error).ToHaveTextAsync("登录失败次数过多，账号已锁定，请在 2026/12/01 15:45 之后再试。");

        answer = new { status = 429, body = "" };
        await form.SubmitAsync("demo-viewer", "whatever-password");
        await Expect(form.Error).ToHaveTextAsync("登录尝试过于频繁，请一分钟后再试。");
        await form.Form.Page.GetByTestId("sign-in-language-en").ClickAsync();
        await Expect(form.Error).ToHaveTextAsync("Too many sign-in attempts. Try again in a minute.");
    }

    [Fact]
    public async Task SignOut_fromTheMap_returnsToTheFormAndLaterRequestsAreRefused()
    {
        await using var map = await MapPage.OpenAsync(browser, server, role: "viewer");
        var page = map.Page;

        await page.GetByTestId("sign-out").ClickAsync();

        var form = new SignInPage(page);
        await form.ExpectShownAsync();
        await Expect(form.Message).ToHaveTextAsync("您已退出登录。");
        Assert.True(await page.EvaluateAsync<bool>("() => window.fireMap === undefined"), "the map is still in the page");
        Assert.DoesNotContain(await map.Context.CookiesAsync([server.BaseUrl]), c => c.Name.StartsWith("firemap.session", StringComparison.Ordinal));
        Assert.Equal(401, await page.EvaluateAsync<int>("() => fetch('api/layers/blockages.geojson').then(r => r.status)"));
        Assert.Equal(401, await page.EvaluateAsync<int>("""
            () => fetch('graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' },
              body: JSON.stringify({ query: '{ me { userName } }' }) }).then(r => r.status)
            """));
    }

    [Fact]
    public async Task MapPage_sessionEndsWhileOpen_showsTheFormAgainAndSignsBackIn()
    {
        var account = server.Accounts[SignIn.DefaultRole];
        await using var map = await MapPage.OpenAsync(browser, server);
        var page = map.Page;

        // The session is gone (as when it expired or the account changed); the next request says so.
        await map.Context.ClearCookiesAsync();
        await page.GetByTestId("planner-toggle").ClickAsync();

        var form = new SignInPage(page);
        await form.ExpectShownAsync();
        await Expect(form.Message).ToContainTextAsync("登录已失效");
        await page.EvaluateAsync("() => { window.beforeSignIn = true; }");
        await form.SignInAsync(account.UserName, account.Password);
        // The map starts afresh for whoever signed in.
        await page.WaitForFunctionAsync("() => window.beforeSignIn === undefined && window.fireMap !== undefined");
        await map.WaitUntilReadyAsync();
        await Expect(page.GetByTestId("account-name")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("sign-in")).ToHaveCountAsync(0);
    }

    private static void Record<T>(List<T> list, T item)
    {
        lock (list)
        {
            list.Add(item);
        }
    }
}
