using System.Text.Json;
using FireMap.Api.Access;
using Microsoft.Extensions.Options;
using Npgsql;

namespace FireMap.Api.Accounts;

/// <summary>
/// First start: with no user yet, creates <c>admin</c> with a random password, prints it once and
/// writes it to <c>.firemap/initial-admin-password</c> (0600). When the demo data were loaded, also
/// one demo account per role, written with their passwords to <c>.firemap/demo-accounts.json</c>.
/// Registered after the demo-data step, so it sees whether the demo data are there.
/// </summary>
public sealed class AccountBootstrap(
    UserRepository users,
    AccountService accounts,
    NpgsqlDataSource dataSource,
    IOptions<AccountOptions> options,
    FireMapPaths paths,
    ILogger<AccountBootstrap> logger) : IHostedService
{
    public const string AdminPasswordFile = "initial-admin-password";
    public const string DemoAccountsFile = "demo-accounts.json";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (await users.AnyAsync(cancellationToken))
        {
            return;
        }

        var folder = options.Value.SecretsDirectory ?? paths.StateDirectory;
        var adminPassword = Passwords.Generate();
        var admin = await accounts.CreateAsync("admin", "Administrator", Roles.Admin, null, [], adminPassword, "system", cancellationToken);
        var adminFile = Path.Combine(folder, AdminPasswordFile);
        SecretFile.Write(adminFile, adminPassword + "\n");

        // Printed once, on purpose: the operator who starts FireMap the first time needs it to sign in.
        await Console.Out.WriteLineAsync($"""

            FireMap: created the administrator account.
              user name: admin
              password:  {adminPassword}
            The password is also in {adminFile} (readable by this user only). Change it after signing in.

            """);
        logger.LogInformation("Created the administrator account; its password is in {File}", adminFile);

        if (options.Value.DemoAccounts && await DemoDataLoadedAsync(cancellationToken))
        {
            var demo = new List<object> { new { userName = admin.UserName, password = adminPassword, role = admin.Role, scope = (object?)null } };
            demo.AddRange(await CreateDemoAccountsAsync(cancellationToken));
            var demoFile = Path.Combine(folder, DemoAccountsFile);
            SecretFile.Write(demoFile, JsonSerializer.Serialize(demo, new JsonSerializerOptions { WriteIndented = true }));
            await Console.Out.WriteLineAsync($"FireMap: demo accounts, one per role, are in {demoFile}.");
            logger.LogInformation("Created the demo accounts; they are in {File}", demoFile);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<List<object>> CreateDemoAccountsAsync(CancellationToken cancellationToken)
    {
        // The first community of the demo area and its first grid, by code.
        await using var command = dataSource.CreateCommand("""
            SELECT c.code, (SELECT g.code FROM grids g WHERE g.community_id = c.id ORDER BY g.code LIMIT 1)
            FROM communities c ORDER BY c.code LIMIT 1
            """);
        string? community = null, grid = null;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (await reader.ReadAsync(cancellationToken))
            {
                community = reader.GetString(0);
                grid = reader.IsDBNull(1) ? null : reader.GetString(1);
            }
        }

        var created = new List<object>();
        foreach (var role in Roles.All.Where(r => r != Roles.Admin))
        {
            if ((role == Roles.Community && community is null) || (role == Roles.Grid && grid is null))
            {
                continue;
            }

            var password = Passwords.Generate();
            var user = await accounts.CreateAsync($"demo-{role}", $"Demo {role}", role,
                role == Roles.Community ? community : null, role == Roles.Grid ? [grid!] : [], password, "system", cancellationToken);
            created.Add(new { userName = user.UserName, password, role, scope = (object?)(user.CommunityCode is null ? null : new { communityCode = user.CommunityCode, gridCodes = user.GridCodes }) });
        }

        return created;
    }

    private async Task<bool> DemoDataLoadedAsync(CancellationToken cancellationToken)
    {
        // The demo set is loaded by the importer under the actor "demo-data".
        await using var command = dataSource.CreateCommand("SELECT EXISTS (SELECT 1 FROM audit_log WHERE actor = 'demo-data')");
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
