using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FireMap.Api.Idempotency;

/// <summary>
/// The <c>Idempotency-Key</c> request header (IETF draft "The Idempotency-Key HTTP Header Field"):
/// a POST carrying it is executed at most once per signed-in user and key; a repeat with the same
/// request gets the first answer again, the same key with another request is refused with 422.
/// </summary>
public static class IdempotencyExtensions
{
    public const string Header = "Idempotency-Key";

    /// <summary>Set on an answer that was replayed from storage rather than executed.</summary>
    public const string ReplayedHeader = "Idempotent-Replayed";

    public static WebApplicationBuilder AddIdempotency(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<IdempotencyOptions>().Bind(builder.Configuration.GetSection(IdempotencyOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IdempotencyStore>();
        builder.Services.AddSingleton<IdempotentRequests>();
        builder.Services.AddHostedService<IdempotencyCleanup>();
        return builder;
    }

    /// <summary>Runs after authentication and authorization: the key belongs to the signed-in user.</summary>
    public static WebApplication UseIdempotency(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var requests = app.Services.GetRequiredService<IdempotentRequests>();
        app.Use(requests.InvokeAsync);
        return app;
    }
}
