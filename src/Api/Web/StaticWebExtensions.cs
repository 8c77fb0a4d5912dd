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
}
