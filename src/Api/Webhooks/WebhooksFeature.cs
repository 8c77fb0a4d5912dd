using FireMap.Api.GraphQL;
using FireMap.Api.Jobs;

namespace FireMap.Api.Webhooks;

/// <summary>
/// Outgoing webhooks (纳入网格化平台): subscriptions and the log for administrators, and the dispatcher
/// that sends the record-event outbox (<c>Changes/RecordEvents</c>) to subscribers.
/// </summary>
public static class WebhooksFeature
{
    public static WebApplicationBuilder AddWebhooks(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<WebhookOptions>().Bind(builder.Configuration.GetSection(WebhookOptions.Section))
            .Validate(o => o.PollInterval > TimeSpan.Zero && o.Timeout > TimeSpan.Zero && o.MaxAttempts > 0 && o.KeepDays > 0, "FireMap:Webhooks needs positive settings")
            .ValidateOnStart();
        // Receivers are other systems: no cookies, no automatic redirects to somewhere the administrator did not name.
        builder.Services.AddHttpClient(WebhookDispatcher.ClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
        builder.Services.AddSingleton<WebhookRepository>();
        builder.Services.AddSingleton<WebhookDispatcher>();
        builder.Services.AddHostedService(provider => provider.GetRequiredService<WebhookDispatcher>());
        builder.Services.AddScheduledJob<WebhookRetention>();
        builder.Services.AddSingleton<IRootFields, WebhookFields>();
        return builder;
    }
}
