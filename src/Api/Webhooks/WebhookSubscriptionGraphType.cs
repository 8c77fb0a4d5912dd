using FireMap.Api.Access;
using GraphQL.Types;

namespace FireMap.Api.Webhooks;

/// <summary>A subscriber of record events (纳入网格化平台).</summary>
public sealed class WebhookSubscriptionGraphType : ObjectGraphType<WebhookSubscriptionRecord>
{
    public WebhookSubscriptionGraphType()
    {
        this.Allow(AccessRule.OperateService);
        Name = "WebhookSubscription";
        Description = "Where record events are posted, signed with the subscription's secret (HMAC-SHA256).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id.").Resolve(c => c.Source.Id);
        Field(s => s.Name).Description("Name of the subscriber, e.g. the city grid platform.");
        Field(s => s.Url).Description("URL the events are posted to.");
        Field(s => s.SecretHint).Description("The secret's last four characters; the secret itself is never shown again.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RecordEventKindGraphType>>>>("eventKinds").Description("Event kinds sent.").Resolve(c => c.Source.EventKinds);
        Field(s => s.Active).Description("Inactive subscriptions get no new deliveries.");
        Field(s => s.UpdatedBy, nullable: true).Description("Who last changed it.");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Description("When it was created.").Resolve(c => c.Source.CreatedAt);
        Field(s => s.Version).Description("Row version, for optimistic concurrency (expectedVersion).");
    }
}
