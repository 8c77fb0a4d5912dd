using Microsoft.Extensions.FileProviders;

namespace FireMap.Api.Web;

/// <summary>Serves the Leaflet map from <c>web/</c> and its npm vendor libraries under <c>/vendor</c>.</summary>
public static class StaticWebExtensions
{
    public static WebApplication UseWeb(this WebApplication app)
    {
        var paths = app.Services.GetRequiredService<FireMapPaths>();
        if (!Directory.Exists(paths.WebRoot))
        {
            app.Logger.LogWarning("No web folder at {WebRoot}: the map is not served", paths.WebRoot);
            return app;
        }

        var web = new PhysicalFileProvider(paths.WebRoot);
        app.Use(ServeOnlyPublicFiles);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = web });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = web });

        if (Directory.Exists(paths.VendorRoot))
        {
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = new PhysicalFileProvider(paths.VendorRoot),
                RequestPath = "/vendor",
            });
        }
        else
        {
            app.Logger.LogWarning("web/node_modules is missing: run ./firemap run, which installs it");
        }

        return app;
    }

    // The vendor folders the pages load; the rest of node_modules (package manifests, sources,
    // build scripts) and web/'s own npm files are nobody's business.
    private static readonly string[] _vendorFiles =
    [
        "/vendor/leaflet/dist/", "/vendor/graphiql/graphiql.min.", "/vendor/react/umd/", "/vendor/react-dom/umd/",
        "/vendor/chart.js/dist/chart.umd.min.js", "/vendor/leaflet.vectorgrid/dist/Leaflet.VectorGrid.bundled.min.js",
    ];

    private static Task ServeOnlyPublicFiles(HttpContext context, RequestDelegate next)
    {
        var path = context.Request.Path.Value ?? "";
        var hidden = path.StartsWith("/node_modules", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith("/package.json", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith("/package-lock.json", StringComparison.OrdinalIgnoreCase)
            || (path.StartsWith("/vendor/", StringComparison.OrdinalIgnoreCase)
                && !_vendorFiles.Any(prefix => path.StartsWith(prefix, StringComparison.Ordinal)));
        if (hidden)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return next(context);
    }
}
