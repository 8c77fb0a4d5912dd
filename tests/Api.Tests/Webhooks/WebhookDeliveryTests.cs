using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using FireMap.Api.Tests.Accounts;
using FireMap.Api.Webhooks;
using FireMap.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace FireMap.Api.Tests.Webhooks;

/// <summary>
/// A loopback receiver subscribed to blockage events: it refuses the first delivery, verifies the
/// HMAC-SHA256 signature of each, and sees the retry succeed; the admin log records both attempts.
/// </summary>
[Collection(FireMapServerCollection.Name)]
public sealed class WebhookDeliveryTests(FireMapServerFixture server)
{
    private const string Secret = "loopback-shared-secret-0123456789";

    private readonly AccountApi _api = new(server);

    [Fact]
    public async Task Signed_event_reaches_the_receiver_and_is_retried_after_a_failure()
    {
        var port = FreePort();
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/hook/");
        listener.Start();
        var dispatcher = server.Services.GetRequiredService<WebhookDispatcher>();
        // Events of earlier tests leave the outbox before anyone subscribes.
        await dispatcher.RunOnceAsync(CancellationToken.None);

        var created = await _api.AsAsync("admin", """
            mutation($url: String!, $secret: String!) { createWebhookSubscription(input: { name: "网格化平台", url: $url, secret: $secret,
                eventKinds: [BLOCKAGE_REPORTED] }) { id secretHint eventKinds } }
            """, new { url = $"http://127.0.0.1:{port}/hook/", secret = Secret });
        Assert.Null(AccountApi.ErrorCode(created));
        var subscription = created.GetProperty("data").GetProperty("createWebhookSubscription");
        Assert.Equal("…6789", subscription.GetProperty("secretHint").GetString());
        var subscriptionId = subscription.GetProperty("id").GetString()!;
        Assert.Equal("FORBIDDEN", AccountApi.ErrorCode(await _api.AsAsync("subdistrict", "{ webhookSubscriptions { id } }")));

        var lane = await _api.ScalarAsync<long>("SELECT id FROM fire_lanes WHERE clear_width_m >= 4 ORDER BY id DESC LIMIT 1");
        var reported = await _api.AsAsync("admin", "mutation($lane: ID!) { reportBlockage(input: { laneId: $lane, cause: PARKED_CAR, remainingWidthMeters: 2.5 }) { id } }",
            new { lane = lane.ToString(CultureInfo.InvariantCulture) });
        Assert.Null(AccountApi.ErrorCode(reported));
        var blockageId = long.Parse(reported.GetProperty("data").GetProperty("reportBlockage").GetProperty("id").GetString()!, CultureInfo.InvariantCulture);

        // First attempt: the receiver answers 500 after checking what it got.
        var first = await ReceiveAsync(listener, dispatcher, HttpStatusCode.InternalServerError);
        Assert.Equal("blockage_reported", first.Kind);
        Assert.Equal(blockageId, first.Body.GetProperty("entityId").GetInt64());
        Assert.True(first.SignatureValid, "signature does not verify");
        Assert.False(WebhookSignature.Verify("another-secret-entirely-000", first.Timestamp, first.Raw, first.Signature));

        var deliveryId = long.Parse(first.Delivery, CultureInfo.InvariantCulture);
        await WaitForAsync(async () => await _api.ScalarAsync<int>("SELECT attempts FROM webhook_deliveries WHERE id = @id", ("id", deliveryId)) == 1
            && await _api.ScalarAsync<bool>("SELECT next_attempt_at > now() AND status = 'pending' FROM webhook_deliveries WHERE id = @id", ("id", deliveryId)));

        // The back-off passes: the retry carries the same delivery id and a fresh signature.
        await _api.ScalarAsync<int>("UPDATE webhook_deliveries SET next_attempt_at = now() WHERE id = @id RETURNING 1", ("id", deliveryId));
        var second = await ReceiveAsync(listener, dispatcher, HttpStatusCode.OK);
        Assert.Equal(first.Delivery, second.Delivery);
        Assert.True(second.SignatureValid, "retry signature does not verify");

        await WaitForAsync(async () => await _api.ScalarAsync<string>("SELECT status FROM webhook_deliveries WHERE id = @id", ("id", deliveryId)) == "delivered");
        var log = await _api.AsAsync("admin", "query($s: ID) { webhookDeliveries(subscriptionId: $s) { id status attempts lastStatus eventKind } }", new { s = subscriptionId });
        var entry = log.GetProperty("data").GetProperty("webhookDeliveries").EnumerateArray().Single(d => d.GetProperty("id").GetString() == first.Delivery);
        Assert.Equal("DELIVERED", entry.GetProperty("status").GetString());
        Assert.Equal(2, entry.GetProperty("attempts").GetInt32());
        Assert.Equal(200, entry.GetProperty("lastStatus").GetInt32());

        await _api.AsAsync("admin", "mutation($id: ID!) { updateWebhookSubscription(id: $id, expectedVersion: 1, input: { active: false }) { active } }",
            new { id = subscriptionId });
    }

    private static async Task<Received> ReceiveAsync(HttpListener listener, WebhookDispatcher dispatcher, HttpStatusCode answer)
    {
        var context = listener.GetContextAsync();
        // A pass waits for the answer, which is given below, so passes run beside the wait. The running
        // service's own pass may be the one to send it: either way it arrives once.
        var pass = Task.FromResult(0);
        for (var i = 0; i < 80 && !context.IsCompleted; i++)
        {
            if (pass.IsCompleted)
            {
                pass = dispatcher.RunOnceAsync(CancellationToken.None);
            }

            await Task.WhenAny(context, Task.Delay(250));
        }

        Assert.True(context.IsCompleted, "no delivery arrived");
        var request = (await context).Request;
        using var reader = new StreamReader(request.InputStream);
        var raw = await reader.ReadToEndAsync();
        var timestamp = long.Parse(request.Headers[WebhookSignature.TimestampHeader]!, CultureInfo.InvariantCulture);
        var signature = request.Headers[WebhookSignature.SignatureHeader]!;
        var received = new Received(request.Headers[WebhookSignature.EventHeader]!, request.Headers[WebhookSignature.DeliveryHeader]!, raw,
            JsonDocument.Parse(raw).RootElement.Clone(), timestamp, signature,
            WebhookSignature.Verify(Secret, timestamp, raw, signature) && Math.Abs(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - timestamp) < 300);
        var response = (await context).Response;
        response.StatusCode = (int)answer;
        response.Close();
        await pass;
        return received;
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 100; i++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail("the delivery log did not reach the expected state");
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    private sealed record Received(string Kind, string Delivery, string Raw, JsonElement Body, long Timestamp, string Signature, bool SignatureValid);
}
