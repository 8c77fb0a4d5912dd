using FireMap.Api.Tests.Accounts;
using FireMap.Api.Webhooks;
using FireMap.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace FireMap.Api.Tests.Webhooks;

/// <summary>
/// The nightly retention deletes finished deliveries and fanned-out events past the kept days, and
/// never a pending delivery or the event it still has to send, however old.
/// </summary>
[Collection(FireMapServerCollection.Name)]
public sealed class WebhookRetentionTests(FireMapServerFixture server)
{
    private readonly AccountApi _api = new(server);

    [Fact]
    public async Task Old_finished_deliveries_and_their_events_go_pending_ones_stay()
    {
        var subscription = await _api.ScalarAsync<long>("""
            INSERT INTO webhook_subscriptions (name, url, secret, event_kinds, active)
            VALUES ('保留期测试', 'http://127.0.0.1:9/never', 'retention-secret-0123456789', '{blockage_reported}', false) RETURNING id
            """);
        async Task<long> Event(int daysAgo) => await _api.ScalarAsync<long>("""
            INSERT INTO record_events (kind, entity_id, payload, occurred_at, fanned_out)
            VALUES ('blockage_reported', 0, '{}', now() - make_interval(days => @days), true) RETURNING id
            """, ("days", daysAgo));
        async Task<long> Delivery(long eventId, string status, int daysAgo) => await _api.ScalarAsync<long>("""
            INSERT INTO webhook_deliveries (subscription_id, event_id, status, created_at)
            VALUES (@s, @e, @status, now() - make_interval(days => @days)) RETURNING id
            """, ("s", subscription), ("e", eventId), ("status", status), ("days", daysAgo));

        var oldDelivered = await Event(200);
        var oldDeliveredDelivery = await Delivery(oldDelivered, "delivered", 200);
        var oldFailed = await Event(150);
        await Delivery(oldFailed, "failed", 150);
        var oldPending = await Event(120);
        var oldPendingDelivery = await Delivery(oldPending, "pending", 120);
        var recent = await Event(3);
        var recentDelivery = await Delivery(recent, "delivered", 3);
        var oldUnsubscribed = await Event(100); // fanned out to nobody

        var retention = ActivatorUtilities.CreateInstance<WebhookRetention>(server.Services);
        var (deliveries, events) = await retention.PruneAsync(DateTimeOffset.UtcNow.AddDays(-90), CancellationToken.None);

        Assert.True(deliveries >= 2, $"{deliveries} deliveries pruned");
        Assert.True(events >= 3, $"{events} events pruned");
        async Task<bool> EventKept(long id) => await _api.ScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM record_events WHERE id = @id)", ("id", id));
        async Task<bool> DeliveryKept(long id) => await _api.ScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM webhook_deliveries WHERE id = @id)", ("id", id));
        Assert.False(await EventKept(oldDelivered));
        Assert.False(await DeliveryKept(oldDeliveredDelivery));
        Assert.False(await EventKept(oldFailed));
        Assert.False(await EventKept(oldUnsubscribed));
        Assert.True(await EventKept(oldPending));
        Assert.True(await DeliveryKept(oldPendingDelivery));
        Assert.True(await EventKept(recent));
        Assert.True(await DeliveryKept(recentDelivery));

        await _api.ScalarAsync<int>("DELETE FROM webhook_subscriptions WHERE id = @id RETURNING 1", ("id", subscription));
    }
}
