using GraphQL.Types;

namespace FireMap.Api.Webhooks;

/// <summary>A subscription's settings; on update an absent member keeps its value.</summary>
public sealed class WebhookSubscriptionInputGraphType : InputObjectGraphType
{
    public WebhookSubscriptionInputGraphType()
    {
        Name = "WebhookSubscriptionInput";
        Description = "Settings of a webhook subscription; all required on create.";
        Field<StringGraphType>("name").Description("Name of the subscriber, 1–200 characters.");
        Field<StringGraphType>("url").Description("http(s) URL the events are posted to.");
        Field<StringGraphType>("secret").Description("Shared secret for the HMAC-SHA256 signature, 16–200 characters.");
        Field<ListGraphType<NonNullGraphType<RecordEventKindGraphType>>>("eventKinds").Description("Event kinds to send, at least one.");
        Field<BooleanGraphType>("active").Description("Whether new events are sent.");
    }
}
