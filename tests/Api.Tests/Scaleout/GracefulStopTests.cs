using System.Net;
using FireMap.TestHost;

namespace FireMap.Api.Tests.Scaleout;

/// <summary>
/// A stopping instance with a drain time keeps answering for that time, each response closing its
/// connection (so a proxy keeps none idle that the instance would close under a request), and stops
/// accepting after it. Without a drain time it stops at once.
/// </summary>
[Collection(FireMapServerCollection.Name)]
public sealed class GracefulStopTests(FireMapServerFixture server)
{
    [Fact]
    public async Task Stopping_instance_drains_with_connections_closed_then_refuses()
    {
        var instance = await server.StartInstanceAsync(new Dictionary<string, string?> { ["FireMap:Shutdown:Drain"] = "00:00:03" });
        await using (instance)
        {
            using var client = instance.CreateAnonymousClient();
            using (var before = await client.GetAsync(new Uri("/health", UriKind.Relative)))
            {
                Assert.Equal(HttpStatusCode.OK, before.StatusCode);
                Assert.False(before.Headers.ConnectionClose ?? false);
            }

            var stopping = instance.StopAsync();
            await Task.Delay(TimeSpan.FromMilliseconds(500));
            Assert.False(stopping.IsCompleted, "the instance stopped without draining");
            using (var during = await client.GetAsync(new Uri("/health", UriKind.Relative)))
            {
                Assert.Equal(HttpStatusCode.OK, during.StatusCode);
                Assert.True(during.Headers.ConnectionClose, "a response while draining keeps its connection open");
            }

            await stopping;
            await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(new Uri("/health", UriKind.Relative)));
        }
    }
}
