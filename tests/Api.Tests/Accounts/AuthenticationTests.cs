using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using FireMap.TestHost;

namespace FireMap.Api.Tests.Accounts;

/// <summary>Signing in: anonymous refusals, sessions, lock-out, tokens, disabled accounts, passwords.</summary>
[Collection(FireMapServerCollection.Name)]
public sealed class AuthenticationTests(FireMapServerFixture server)
{
    private readonly AccountApi _api = new(server);

    [Theory]
    [InlineData("/graphql?query=%7B__typename%7D")]
    [InlineData("/api/vocabulary")]
    [InlineData("/api/layers/buildings.geojson")]
    [InlineData("/api/exports/blockages.csv")]
    [InlineData("/graphql/ui")]
    public async Task Anonymous_request_gets_401_with_a_problem_body(string path)
    {
        using var client = server.CreateAnonymousClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("UNAUTHENTICATED", body.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Anonymous_post_to_graphql_gets_401()
    {
        using var client = server.CreateAnonymousClient();
        var (status, _) = await _api.GraphQLAsync(client, "{ me { userName } }");
        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Theory]
    [InlineData("/alive")]
    [InlineData("/health")]
    [InlineData("/")]
    public async Task Anonymous_may_reach_liveness_health_and_the_map_page(string path)
    {
        using var client = server.CreateAnonymousClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Login_with_the_right_password_opens_a_session_that_graphql_accepts_until_logout()
    {
        var account = server.Accounts["viewer"];
        using var client = SessionClient();
        using var login = await _api.LoginAsync(client, account.UserName, account.Password);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var cookie = string.Join(";", login.Headers.GetValues("Set-Cookie"));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);

        var (status, me) = await _api.GraphQLAsync(client, "{ me { userName role scope { communityCode gridCodes } } }");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(account.UserName, me.GetProperty("data").GetProperty("me").GetProperty("userName").GetString());
        Assert.Equal("VIEWER", me.GetProperty("data").GetProperty("me").GetProperty("role").GetString());

        client.DefaultRequestHeaders.Add("X-FireMap-Request", "1");
        using var logout = await client.PostAsync(new Uri("/api/auth/logout", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        var (after, _) = await _api.GraphQLAsync(client, "{ me { userName } }");
        Assert.Equal(HttpStatusCode.Unauthorized, after);
    }

    [Fact]
    public async Task Login_with_a_wrong_password_is_401_and_five_in_a_row_lock_the_account()
    {
        var name = await CreateUserAsync("lockout", "viewer");
        using var client = SessionClient();
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await _api.LoginAsync(client, name, "wrong-password-123");
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var locked = await _api.LoginAsync(client, name, Password);
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Equal("LOCKED", JsonDocument.Parse(await locked.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public async Task ApiToken_created_listed_used_and_revoked()
    {
        var created = (await _api.AsAsync("analyst", """mutation { createApiToken(name: "nightly export", expiresInDays: 7) { token apiToken { id name } } }"""))
            .GetProperty("data").GetProperty("createApiToken");
        var token = created.GetProperty("token").GetString()!;
        var id = created.GetProperty("apiToken").GetProperty("id").GetString()!;
        Assert.StartsWith("fm_", token, StringComparison.Ordinal);
        Assert.Equal(0L, await _api.ScalarAsync<long>("SELECT count(*) FROM api_tokens WHERE encode(token_hash, 'escape') LIKE '%' || @t || '%'", ("t", token)));

        using var client = server.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var (status, me) = await _api.GraphQLAsync(client, "{ me { userName } apiTokens { id name revokedAt } }");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(server.Accounts["analyst"].UserName, me.GetProperty("data").GetProperty("me").GetProperty("userName").GetString());
        Assert.Contains(me.GetProperty("data").GetProperty("apiTokens").EnumerateArray(), t => t.GetProperty("id").GetString() == id);

        var revoked = await _api.AsAsync("analyst", "mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }", new { id });
        Assert.NotEqual(JsonValueKind.Null, revoked.GetProperty("data").GetProperty("revokeApiToken").GetProperty("revokedAt").ValueKind);
        var (after, _) = await _api.GraphQLAsync(client, "{ me { userName } }");
        Assert.Equal(HttpStatusCode.Unauthorized, after);
    }

    [Fact]
    public async Task ApiToken_of_someone_else_cannot_be_revoked_by_a_non_admin()
    {
        var id = (await _api.AsAsync("viewer", """mutation { createApiToken(name: "mine") { apiToken { id } } }"""))
            .GetProperty("data").GetProperty("createApiToken").GetProperty("apiToken").GetProperty("id").GetString();
        var body = await _api.AsAsync("station", "mutation($id: ID!) { revokeApiToken(id: $id) { id } }", new { id });
        Assert.Equal("NOT_FOUND", AccountApi.ErrorCode(body));
    }

    [Fact]
    public async Task DisabledUser_session_and_token_stop_working()
    {
        var name = await CreateUserAsync("tobedisabled", "viewer");
        using var session = SessionClient();
        using var login = await _api.LoginAsync(session, name, Password);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var id = await _api.ScalarAsync<long>("SELECT id FROM users WHERE user_name = @n", ("n", name));

        var disabled = await _api.AsAsync("admin", "mutation($id: ID!) { disableUser(id: $id) { disabled } }", new { id = id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.True(disabled.GetProperty("data").GetProperty("disableUser").GetProperty("disabled").GetBoolean());
        var (status, _) = await _api.GraphQLAsync(session, "{ me { userName } }");
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        using var again = await _api.LoginAsync(SessionClient(), name, Password);
        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
    }

    [Fact]
    public async Task CreateUser_refuses_short_passwords_bad_names_and_missing_scope_writing_nothing()
    {
        var before = await _api.ScalarAsync<long>("SELECT count(*) FROM users");
        var shortPassword = await _api.AsAsync("admin", """mutation { createUser(input: {userName: "shorty", displayName: "S", role: VIEWER, password: "too-short"}) { user { id } } }""");
        Assert.Equal("BAD_USER_INPUT", AccountApi.ErrorCode(shortPassword));
        var badName = await _api.AsAsync("admin", """mutation { createUser(input: {userName: "Bad Name!", displayName: "B", role: VIEWER}) { user { id } } }""");
        Assert.Equal("BAD_USER_INPUT", AccountApi.ErrorCode(badName));
        var noScope = await _api.AsAsync("admin", """mutation { createUser(input: {userName: "noscope", displayName: "N", role: COMMUNITY}) { user { id } } }""");
        Assert.Equal("BAD_USER_INPUT", AccountApi.ErrorCode(noScope));
        Assert.Equal(before, await _api.ScalarAsync<long>("SELECT count(*) FROM users"));
    }

    [Fact]
    public async Task CreateUser_without_password_returns_a_generated_one_that_signs_in()
    {
        var created = (await _api.AsAsync("admin", """mutation { createUser(input: {userName: "generated", displayName: "生成", role: STATION}) { user { userName role } password } }"""))
            .GetProperty("data").GetProperty("createUser");
        var password = created.GetProperty("password").GetString()!;
        Assert.True(password.Length >= 12);
        using var login = await _api.LoginAsync(SessionClient(), "generated", password);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Equal(1L, await _api.ScalarAsync<long>("SELECT count(*) FROM audit_log WHERE action = 'create_user' AND after->>'user_name' = 'generated' AND actor = 'admin'"));
        Assert.Equal(0L, await _api.ScalarAsync<long>("SELECT count(*) FROM audit_log WHERE after::text LIKE '%' || @p || '%'", ("p", password)));
    }

    [Fact]
    public async Task ChangePassword_needs_the_current_one_and_ends_other_sessions()
    {
        var name = await CreateUserAsync("changer", "viewer");
        using var first = SessionClient();
        using var second = SessionClient();
        (await _api.LoginAsync(first, name, Password)).Dispose();
        (await _api.LoginAsync(second, name, Password)).Dispose();

        var (_, wrong) = await _api.GraphQLAsync(first, """mutation { changePassword(currentPassword: "not-it-at-all", newPassword: "another-long-password") }""");
        Assert.Equal("BAD_USER_INPUT", AccountApi.ErrorCode(wrong));
        var (_, changed) = await _api.GraphQLAsync(first, $$"""mutation { changePassword(currentPassword: "{{Password}}", newPassword: "another-long-password") }""");
        Assert.True(changed.GetProperty("data").GetProperty("changePassword").GetBoolean());
        var (status, _) = await _api.GraphQLAsync(second, "{ me { userName } }");
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        using var login = await _api.LoginAsync(SessionClient(), name, "another-long-password");
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
    }

    private const string Password = "a-long-enough-password";

    private async Task<string> CreateUserAsync(string prefix, string role)
    {
        var name = $"{prefix}-{Guid.NewGuid():N}"[..30];
        var body = await _api.AsAsync("admin", "mutation($input: UserInput!) { createUser(input: $input) { user { id } } }",
            new { input = new { userName = name, displayName = prefix, role = role.ToUpperInvariant(), password = Password } });
        Assert.Null(AccountApi.ErrorCode(body));
        return name;
    }

    private HttpClient SessionClient() =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), UseCookies = true }) { BaseAddress = new Uri(server.BaseUrl) };
}
