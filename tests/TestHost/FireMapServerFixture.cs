using System.Net.Http.Headers;
using System.Text.Json;
using FireMap.Api;
using FireMap.Api.Access;
using FireMap.Api.Accounts;
using FireMap.Api.Database;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Xunit;

namespace FireMap.TestHost;

/// <summary>
/// The real FireMap service on a free loopback port, over a real PostGIS database of its own
/// with the demo data loaded through the importer, as a user's first start would have it.
/// </summary>
public class FireMapServerFixture : IAsyncLifetime
{
    private WebApplication? _app;

    public string BaseUrl { get; private set; } = "";

    public string ConnectionString { get; private set; } = "";

    /// <summary>The repository root, where web/ and data/ live.</summary>
    public string Root { get; } = RepositoryRoot.Find();

    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("The server has not started");

    public NpgsqlDataSource DataSource => Services.GetRequiredService<NpgsqlDataSource>();

    /// <summary>Where the first start wrote the administrator's password and the demo accounts.</summary>
    public string SecretsDirectory { get; } = Path.Combine(Path.GetTempPath(), $"firemap-test-secrets-{Environment.ProcessId}-{Guid.NewGuid():N}");

    /// <summary>Where this server writes its JSON log files.</summary>
    public string LogDirectory { get; } = Path.Combine(Path.GetTempPath(), $"firemap-test-logs-{Environment.ProcessId}-{Guid.NewGuid():N}");

    /// <summary>This server's backup folder.</summary>
    public string BackupDirectory { get; } = Path.Combine(Path.GetTempPath(), $"firemap-test-backups-{Environment.ProcessId}-{Guid.NewGuid():N}");

    /// <summary>The demo account of each role (admin included), each with an API token.</summary>
    public IReadOnlyDictionary<string, DemoAccount> Accounts { get; private set; } = new Dictionary<string, DemoAccount>();

    /// <summary>A client signed in as the administrator, who may use everything.</summary>
    public HttpClient CreateClient() => CreateClient(Roles.Admin);

    /// <summary>A client signed in with the API token of the demo account of <paramref name="role"/>.</summary>
    public HttpClient CreateClient(string role)
    {
        var client = CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Accounts[role].Token);
        return client;
    }

    /// <summary>A client that is not signed in.</summary>
    public HttpClient CreateAnonymousClient() => new() { BaseAddress = new Uri(BaseUrl) };

    /// <summary>Settings a derived fixture adds (another import area, no demo data).</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>();

    /// <summary>The empty database the service starts over; a derived fixture may bring its own cluster.</summary>
    protected virtual Task<string> CreateDatabaseAsync() => TestCluster.CreateFreshDatabaseAsync(Root);

    public async Task InitializeAsync()
    {
        ConnectionString = await CreateDatabaseAsync();
        _app = BuildApp(null, null);
        await _app.StartAsync();
        BaseUrl = AddressOf(_app);
        Accounts = await ReadDemoAccountsAsync();
    }

    /// <summary>
    /// Another instance of the service over this fixture's database, as a second machine behind a proxy
    /// would run it: its own process state, the same database. The caller disposes it.
    /// </summary>
    /// <param name="settings">Configuration that differs from the fixture's own.</param>
    /// <param name="configure">Further changes to the builder (services to add, say).</param>
    public async Task<FireMapInstance> StartInstanceAsync(IDictionary<string, string?>? settings = null, Action<WebApplicationBuilder>? configure = null)
    {
        var app = BuildApp(settings, configure);
        await app.StartAsync();
        return new FireMapInstance(app, AddressOf(app));
    }

    private WebApplication BuildApp(IDictionary<string, string?>? settings, Action<WebApplicationBuilder>? configure) =>
        FireMapApp.Build([], builder =>
        {
            var configuration = new Dictionary<string, string?>
            {
                [DatabaseExtensions.ConnectionVariable] = ConnectionString,
                ["FireMap:Root"] = Root,
                ["FireMap:Accounts:SecretsDirectory"] = SecretsDirectory,
                // Every test signs in from 127.0.0.1; the per-address limit is for people, not suites.
                ["FireMap:Accounts:LoginsPerMinute"] = "100000",
                ["FireMap:Logs:Directory"] = LogDirectory,
                ["FireMap:Backups:Directory"] = BackupDirectory,
                // Tests run jobs when they mean to, not at whatever time of day the suite runs.
                ["FireMap:Jobs:Enabled"] = "false",
                // The suites share two cores with each other (and a whole-city risk recompute is one request):
                // a request's speed is measured in bench/, and the time budget itself is tested on a server of
                // its own (GraphQLHttpTimeBudgetTests), so the shared server gives requests a minute, not ten seconds.
                ["FireMap:GraphQL:RequestTimeBudget"] = "00:01:00",
            };
            // A derived fixture's own settings (another import area, no demo data), then the caller's.
            foreach (var (key, value) in Settings)
            {
                configuration[key] = value;
            }

            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                configuration[key] = value;
            }

            builder.Configuration.AddInMemoryCollection(configuration);
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            configure?.Invoke(builder);
        });

    private static string AddressOf(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

    // The accounts the first start created, each given an API token the way a user makes one.
    private async Task<Dictionary<string, DemoAccount>> ReadDemoAccountsAsync()
    {
        var file = Path.Combine(SecretsDirectory, AccountBootstrap.DemoAccountsFile);
        if (!File.Exists(file))
        {
            // Without the demo data there are no demo accounts: the administrator alone.
            var password = (await File.ReadAllTextAsync(Path.Combine(SecretsDirectory, AccountBootstrap.AdminPasswordFile))).Trim();
            var admin = (await Services.GetRequiredService<UserRepository>().FindByNameAsync("admin", CancellationToken.None))!.Value.User;
            var (_, adminToken) = await Services.GetRequiredService<ApiTokenRepository>().CreateAsync(admin.Id, "tests", DateTimeOffset.UtcNow.AddDays(1), CancellationToken.None);
            return new Dictionary<string, DemoAccount>(StringComparer.Ordinal) { [admin.Role] = new("admin", password, admin.Role, null, admin.GridCodes, adminToken) };
        }

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(file));
        var users = Services.GetRequiredService<UserRepository>();
        var tokens = Services.GetRequiredService<ApiTokenRepository>();
        var accounts = new Dictionary<string, DemoAccount>(StringComparer.Ordinal);
        foreach (var entry in json.RootElement.EnumerateArray())
        {
            var userName = entry.GetProperty("userName").GetString()!;
            var user = (await users.FindByNameAsync(userName, CancellationToken.None))!.Value.User;
            var (_, token) = await tokens.CreateAsync(user.Id, "tests", DateTimeOffset.UtcNow.AddDays(1), CancellationToken.None);
            accounts[user.Role] = new DemoAccount(userName, entry.GetProperty("password").GetString()!, user.Role, user.CommunityCode, user.GridCodes, token);
        }

        return accounts;
    }

    public virtual async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        foreach (var directory in new[] { SecretsDirectory, LogDirectory, BackupDirectory }.Where(Directory.Exists))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
