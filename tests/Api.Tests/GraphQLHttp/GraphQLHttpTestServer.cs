using FireMap.Api.GraphQL.Http;
using GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FireMap.Api.Tests.GraphQLHttp;

/// <summary>
/// A real Kestrel server on a free loopback port with only <see cref="HttpTestSchema"/> and the
/// GraphQL endpoint: fast, and independent of the database and of the production schema.
/// </summary>
public sealed class GraphQLHttpTestServer : IAsyncLifetime
{
    /// <summary>Small, so the 413 test does not have to send a megabyte.</summary>
    public const long MaxBodyBytes = 64 * 1024;

    /// <summary>A builder-level validation rule, to check the endpoint keeps such rules.</summary>
    public const int MaxDepth = 6;

    /// <summary>Short, so the time-budget test does not wait ten seconds.</summary>
    public static readonly TimeSpan TimeBudget = TimeSpan.FromSeconds(1);

    private WebApplication? _app;

    public string BaseUrl { get; private set; } = "";

    public CollectingLoggerProvider Logs { get; } = new();

    public HttpClient CreateClient() => new() { BaseAddress = new Uri(BaseUrl) };

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders().AddProvider(Logs);
        builder.Services.AddGraphQL(b => b
            .AddSchema(new HttpTestSchema())
            .AddSystemTextJson()
            // As the production setup does: it replaces any delegate the endpoint could set.
            .AddUnhandledExceptionHandler(context => context.ErrorMessage = "Internal error; it has been logged.")
            .AddComplexityAnalyzer(options => options.MaxDepth = MaxDepth)
            .AddFireMapDocumentCache());
        builder.Services.AddGraphQLHttp();
        builder.Services.Configure<GraphQLHttpOptions>(options =>
        {
            options.MaxRequestBodyBytes = MaxBodyBytes;
            options.RequestTimeBudget = TimeBudget;
        });

        _app = builder.Build();
        _app.MapGraphQLHttp("/graphql");
        await _app.StartAsync();

        var addresses = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("Kestrel reported no addresses");
        BaseUrl = addresses.Addresses.Single().TrimEnd('/');
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
