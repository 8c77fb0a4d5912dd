using FireMap.Api.Accounts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FireMap.Api.Tests.Database;

/// <summary>
/// A FireMap service of a test's own, on a free loopback port, for tests that take its database
/// away and must not disturb the server the other tests share.
/// </summary>
internal sealed class OwnServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _secrets;
    private string _token = "";

    private OwnServer(WebApplication app, string baseUrl, string secrets)
    {
        _app = app;
        BaseUrl = baseUrl;
        _secrets = secrets;
    }

    public string BaseUrl { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>Starts the service; its clients sign in with an API token of the first-start administrator.</summary>
    public static async Task<OwnServer> StartAsync(IDictionary<string, string?> settings)
    {
        var secrets = Path.Combine(Path.GetTempPath(), $"firemap-test-secrets-{Environment.ProcessId}-{Guid.NewGuid():N}");
        var app = FireMapApp.Build([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(settings);
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["FireMap:Accounts:SecretsDirectory"] = secrets });
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        });
        await app.StartAsync();
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        var server = new OwnServer(app, addresses.Addresses.First().TrimEnd('/'), secrets);
        var admin = (await app.Services.GetRequiredService<UserRepository>().FindByNameAsync("admin", CancellationToken.None))!.Value.User;
        (_, server._token) = await app.Services.GetRequiredService<ApiTokenRepository>().CreateAsync(admin.Id, "tests", DateTimeOffset.UtcNow.AddDays(1), CancellationToken.None);
        return server;
    }

    /// <summary>A client that is not signed in.</summary>
    public HttpClient CreateAnonymousClient() => new() { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>A client signed in as the administrator.</summary>
    public HttpClient CreateClient()
    {
        var client = CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", _token);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (Directory.Exists(_secrets))
        {
            Directory.Delete(_secrets, recursive: true);
        }
    }
}
