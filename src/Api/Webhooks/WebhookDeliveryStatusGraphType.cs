using FireMap.Api.Vocabulary;
using FireMap.Spatial.Vocabulary;

namespace FireMap.Api.Webhooks;

/// <summary>GraphQL enum of <see cref="Codes.WebhookDeliveryStatus"/>.</summary>
public sealed class WebhookDeliveryStatusGraphType() : CodeListGraphType(Codes.WebhookDeliveryStatus);
