using FireMap.Api.Access;
using GraphQL.Types;

namespace FireMap.Api.Webhooks;

/// <summary>One event sent to one subscriber: the webhook log.</summary>
public sealed class WebhookDeliveryGraphType : ObjectGraphType<WebhookDeliveryRecord>
{
    public WebhookDeliveryGraphType()
    {
        this.Allow(AccessRule.OperateService);
        Name = "WebhookDelivery";
        Description = "A delivery of a record event to a subscriber, with its attempts.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id; sent as X-FireMap-Delivery.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("subscriptionId").Description("The subscriber.").Resolve(c => c.Source.SubscriptionId);
        Field(d => d.SubscriptionName).Description("Name of the subscriber.");
        Field<NonNullGraphType<IdGraphType>>("eventId").Description("The event.").Resolve(c => c.Source.EventId);
        Field<NonNullGraphType<RecordEventKindGraphType>>("eventKind").Description("Kind of event.").Resolve(c => c.Source.EventKind);
        Field<NonNullGraphType<IdGraphType>>("entityId").Description("The record the event is about.").Resolve(c => c.Source.EntityId);
        Field<NonNullGraphType<WebhookDeliveryStatusGraphType>>("status").Description("Where it stands.").Resolve(c => c.Source.Status);
        Field(d => d.Attempts).Description("Attempts made.");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("nextAttemptAt").Description("When a pending delivery is tried next.").Resolve(c => c.Source.NextAttemptAt);
        Field(d => d.LastStatus, nullable: true).Description("HTTP status of the last answer.");
        Field(d => d.LastError, nullable: true).Description("Why the last attempt failed.");
        Field<DateTimeOffsetGraphType>("deliveredAt").Description("When the receiver accepted it.").Resolve(c => c.Source.DeliveredAt);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Description("When the event was queued for this subscriber.").Resolve(c => c.Source.CreatedAt);
    }
}
