using Microsoft.Extensions.Options;

namespace FireMap.Api.Operations;

/// <summary>Configuration section <c>FireMap:Shutdown</c>.</summary>
public sealed class GracefulStopOptions
{
    public const string Section = "FireMap:Shutdown";

    /// <summary>
    /// How long a stopping instance keeps answering, with every response closing its connection,
    /// before it stops accepting connections. Zero (the default) for an instance on its own; behind a
    /// proxy, a couple of seconds (<c>./firemap run --instances</c> sets two).
    /// </summary>
    public TimeSpan Drain { get; set; } = TimeSpan.Zero;
}

/// <summary>
/// Lets a proxy move a stopping instance's traffic to the others without an error. nginx keeps idle
/// connections to each instance; one that the stopping instance closes just as nginx sends a request on
/// it fails that request. So, when asked to stop, the instance first drains: for
/// <see cref="GracefulStopOptions.Drain"/> it answers as usual but closes each connection after its
/// response, so the proxy keeps none idle; then it stops accepting, and the proxy's next attempt fails to
/// connect and goes to the next instance. (A connection the kernel accepted but the instance had not yet
/// taken is still reset when it stops listening: the proxy's configuration sends such a request again,
/// docs/deployment.md.)
/// </summary>
public sealed class GracefulStop(IOptions<GracefulStopOptions> options) : IHostedLifecycleService
{
    private volatile bool _draining;

    public bool Draining => _draining;

    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Drain <= TimeSpan.Zero)
        {
            return;
        }

        _draining = true;
        try
        {
            await Task.Delay(options.Value.Drain, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The host's shutdown time ran out: stop now.
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

public static class GracefulStopExtensions
{
    /// <summary>While the instance drains, each response closes its connection.</summary>
    public static IApplicationBuilder UseGracefulStop(this IApplicationBuilder app)
    {
        var stop = app.ApplicationServices.GetRequiredService<GracefulStop>();
        return app.Use((context, next) =>
        {
            if (stop.Draining)
            {
                context.Response.Headers.Connection = "close";
            }

            return next(context);
        });
    }
}
