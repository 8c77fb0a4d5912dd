using FireMap.Api;
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
public sealed class FireMapServerFixture : IAsyncLifetime
{
    private WebApplication? _app;

    public string BaseUrl { get; private set; } = "";

    public string ConnectionString { get; private set; } = "";

    /// <summary>The repository root, where web/ and data/ live.</summary>
    public string Root { get; } = RepositoryRoot.Find();

    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("The server has not started");

    public NpgsqlDataSource DataSource => Services.GetRequiredService<NpgsqlDataSource>();

    public HttpClient CreateClient() => new() { BaseAddress = new Uri(BaseUrl) };

    public async Task InitializeAsync()
    {
        ConnectionString = await TestCluster.CreateFreshDatabaseAsync(Root);
        _app = FireMapApp.Build([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                [DatabaseExtensions.ConnectionVariable] = ConnectionString,
                ["FireMap:Root"] = Root,
            });
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        });
        await _app.StartAsync();
        var addresses = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseUrl = addresses.Addresses.First().TrimEnd('/');
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
