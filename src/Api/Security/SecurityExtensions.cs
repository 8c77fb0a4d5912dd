namespace FireMap.Api.Security;

/// <summary>
/// The request checks every endpoint shares: host names, security headers, cross-site writes.
/// Registered first so that nothing answers before them.
/// </summary>
public static class SecurityExtensions
{
    public static WebApplicationBuilder AddFireMapSecurity(this WebApplicationBuilder builder)
    {
        var options = new SecurityOptions();
        builder.Configuration.GetSection(SecurityOptions.Section).Bind(options);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<HostNameFilter>();
        return builder;
    }

    public static WebApplication UseFireMapSecurity(this WebApplication app)
    {
        var hosts = app.Services.GetRequiredService<HostNameFilter>();
        app.Use(SecurityHeaders.InvokeAsync);
        app.Use(hosts.InvokeAsync);
        app.Use(CrossSiteRequestGuard.InvokeAsync);
        return app;
    }
}
