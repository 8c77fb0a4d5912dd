using FireMap.Api.Access;
using FireMap.Api.Errors;
using FireMap.Api.GraphQL;
using FireMap.Api.Security;
using GraphQL;
using GraphQL.Types;

namespace FireMap.Api.Webhooks;

/// <summary>Webhook subscriptions and the delivery log: administrators only.</summary>
public sealed class WebhookFields : IRootFields
{
    public const int MaxLog = 200;

    public void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<WebhookSubscriptionGraphType>>>>("webhookSubscriptions")
            .Allow(AccessRule.OperateService)
            .Description("Every webhook subscription.")
            .ResolveAsync(async context => await context.RequestServices!.GetRequiredService<WebhookRepository>().SubscriptionsAsync(context.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<WebhookDeliveryGraphType>>>>("webhookDeliveries")
            .Allow(AccessRule.OperateService)
            .Description("The webhook log, newest first.")
            .Argument<IdGraphType>("subscriptionId", "Only this subscriber.")
            .Argument<WebhookDeliveryStatusGraphType>("status", "Only this status.")
            .Argument<IdGraphType>("before", "Only deliveries older than this id (the next page).")
            .Argument<IntGraphType>("first", $"How many, 1–{MaxLog}; default 50.")
            .ResolveAsync(async context =>
            {
                var first = context.GetArgument<int?>("first") ?? 50;
                if (first is < 1 or > MaxLog)
                {
                    throw Rejection.BadInput("first", $"must be 1–{MaxLog}");
                }

                long? subscription = context.HasArgument("subscriptionId") ? Arguments.Id(context, "subscriptionId") : null;
                long? before = context.HasArgument("before") ? Arguments.Id(context, "before") : null;
                return await context.RequestServices!.GetRequiredService<WebhookRepository>().DeliveriesAsync(subscription,
                    context.GetArgument<string?>("status"), before, first, context.CancellationToken);
            });
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<WebhookSubscriptionGraphType>>("createWebhookSubscription")
            .Allow(AccessRule.OperateService)
            .Description("Subscribes a URL to record events.")
            .Argument<NonNullGraphType<WebhookSubscriptionInputGraphType>>("input", "Name, URL, secret and event kinds.")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<Dictionary<string, object?>>("input");
                var name = Name(input) ?? throw Rejection.BadInput("name", "must not be empty");
                var url = Url(input) ?? throw Rejection.BadInput("url", "must not be empty");
                var secret = Secret(input) ?? throw Rejection.BadInput("secret", "must not be empty");
                var kinds = Kinds(input) ?? throw Rejection.BadInput("eventKinds", "name at least one event kind");
                return await context.RequestServices!.GetRequiredService<WebhookRepository>().CreateAsync(name, url, secret, kinds,
                    CurrentUser.Of(context.User), context.CancellationToken);
            });

        mutation.Field<NonNullGraphType<WebhookSubscriptionGraphType>>("updateWebhookSubscription")
            .Allow(AccessRule.OperateService)
            .Description("Changes a subscription (deactivate it with active: false).")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Id of the subscription.")
            .Argument<NonNullGraphType<IntGraphType>>("expectedVersion", "The version the client saw; a different current version is a CONFLICT.")
            .Argument<NonNullGraphType<WebhookSubscriptionInputGraphType>>("input", "What changes.")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<Dictionary<string, object?>>("input");
                return await context.RequestServices!.GetRequiredService<WebhookRepository>().UpdateAsync(Arguments.Id(context),
                    context.GetArgument<int>("expectedVersion"), Name(input), Url(input), Secret(input), Kinds(input),
                    input.GetValueOrDefault("active") as bool?, CurrentUser.Of(context.User), context.CancellationToken);
            });
    }

    private static string? Name(Dictionary<string, object?> input) => Text(input, "name", 1, 200);

    private static string? Secret(Dictionary<string, object?> input) => Text(input, "secret", 16, 200);

    private static string? Url(Dictionary<string, object?> input)
    {
        var text = Text(input, "url", 1, 2000);
        return text is null ? null
            : Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && string.IsNullOrEmpty(uri.UserInfo) ? text
            : throw Rejection.BadInput("url", "must be an absolute http or https URL without credentials");
    }

    private static List<string>? Kinds(Dictionary<string, object?> input) =>
        input.GetValueOrDefault("eventKinds") is IEnumerable<object?> values
            ? values.OfType<string>().Distinct().ToList() is { Count: > 0 } list ? list : throw Rejection.BadInput("eventKinds", "name at least one event kind")
            : null;

    private static string? Text(Dictionary<string, object?> input, string field, int min, int max)
    {
        var text = (input.GetValueOrDefault(field) as string)?.Trim();
        if (text is null)
        {
            return null;
        }

        if (text.Length < min || text.Length > max)
        {
            throw Rejection.BadInput(field, $"must be {min}–{max} characters");
        }

        return TextInput.FindProblem(text) is { } problem ? throw Rejection.BadInput(field, problem) : text;
    }
}
