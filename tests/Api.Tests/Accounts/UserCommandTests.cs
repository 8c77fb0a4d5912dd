using FireMap.Api.Accounts;
using FireMap.Api.Database;
using FireMap.TestHost;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace FireMap.Api.Tests.Accounts;

/// <summary><c>./firemap user add</c>: the command the README gives operators, against the service's database.</summary>
[Collection(FireMapServerCollection.Name)]
public sealed class UserCommandTests(FireMapServerFixture server)
{
    private readonly AccountApi _api = new(server);

    [Fact]
    public async Task UserAdd_grid_worker_creates_the_account_and_prints_a_password_that_signs_in()
    {
        var grid = server.Accounts["grid"].GridCodes[0];
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await UserCommand.RunAsync(["add", "cli-grid", "--role", "grid", "--grid", grid, "--display-name", "网格员李四"], output, error, Configure);

        Assert.Equal(0, code);
        var password = output.ToString().Split('\n').Single(l => l.StartsWith("password: ", StringComparison.Ordinal))["password: ".Length..].Trim();
        using var client = server.CreateAnonymousClient();
        using var login = await _api.LoginAsync(client, "cli-grid", password);
        Assert.Equal(System.Net.HttpStatusCode.OK, login.StatusCode);
        Assert.Equal(1L, await _api.ScalarAsync<long>("SELECT count(*) FROM audit_log WHERE action = 'create_user' AND actor = 'shell' AND after->>'user_name' = 'cli-grid'"));
    }

    [Theory]
    [InlineData("add x-user")]
    [InlineData("add x-user --role chief")]
    [InlineData("remove x-user")]
    [InlineData("add x-user --role community")]
    [InlineData("add x-user --role grid --grid no-such-grid")]
    public async Task UserAdd_with_bad_arguments_fails_naming_the_problem_and_creates_nothing(string commandLine)
    {
        var args = commandLine.Split(' ');
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await UserCommand.RunAsync(args, output, error, Configure);

        Assert.NotEqual(0, code);
        Assert.NotEmpty(error.ToString());
        Assert.Equal(0L, await _api.ScalarAsync<long>("SELECT count(*) FROM users WHERE user_name = 'x-user'"));
    }

    private void Configure(WebApplicationBuilder builder) =>
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [DatabaseExtensions.ConnectionVariable] = server.ConnectionString,
            ["FireMap:Root"] = server.Root,
            ["FireMap:Accounts:SecretsDirectory"] = server.SecretsDirectory,
        });
}
