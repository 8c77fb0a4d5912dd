using Microsoft.AspNetCore.Builder;

namespace FireMap.TestHost;

/// <summary>One more running instance of the service, over the database of a <see cref="FireMapServerFixture"/>.</summary>
public sealed class FireMapInstance(WebApplication app, string baseUrl) : IAsyncDisposable
{
    public string BaseUrl { get; } = baseUrl;

    public IServiceProvider Services => app.Services;

    public HttpClient CreateAnonymousClient() => new() { BaseAddress = new Uri(BaseUrl) };

    /// <summary>Stops the instance as a machine going away would: requests in flight finish, then it is gone.</summary>
    public async Task StopAsync() => await app.StopAsync();

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
