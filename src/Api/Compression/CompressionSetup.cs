using System.IO.Compression;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace FireMap.Api.Compression;

/// <summary>
/// gzip and brotli for the bulky answers: GraphQL, GeoJSON layers, vector tiles, CSV exports.
/// <para>
/// BREACH needs a secret and attacker-chosen text in the same compressed body, and a victim's
/// browser made to send that request with the victim's credentials. Here the session cookie is
/// <c>SameSite=Strict</c> (another site's page cannot send it), API tokens travel in a header no
/// browser adds by itself, and state-changing requests from other sites are refused. As a further
/// margin, the answers that carry a secret (GraphQL mutations: created users' passwords, reset
/// passwords, new API tokens) and the sign-in endpoints are never compressed.
/// </para>
/// </summary>
public static class CompressionSetup
{
    /// <summary>Media types worth compressing; xlsx and images are compressed already.</summary>
    public static readonly string[] MediaTypes =
    [
        "application/json", "application/graphql-response+json", "application/geo+json", "application/problem+json",
        "application/vnd.mapbox-vector-tile", "text/csv", "text/plain", "text/html", "text/css", "text/javascript", "application/javascript",
    ];

    public static WebApplicationBuilder AddResponseCompressionForData(this WebApplicationBuilder builder)
    {
        builder.Services.AddResponseCompression(options =>
        {
            // The service is usually reached over HTTPS through a proxy or directly; the argument
            // above is why compressing there is acceptable.
            options.EnableForHttps = true;
            options.MimeTypes = MediaTypes;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        // Fastest: layers and tiles are produced per request; the smallest level costs more CPU than it saves time.
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        builder.Services.AddSingleton<IResponseCompressionProvider, SecretAwareCompressionProvider>();
        return builder;
    }

    private sealed class SecretAwareCompressionProvider(IServiceProvider services, IOptions<ResponseCompressionOptions> options)
        : ResponseCompressionProvider(services, options)
    {
        public override bool ShouldCompressResponse(HttpContext context) =>
            // ASP.NET's own per-response switch, honoured over plain HTTP too.
            context.Features.Get<IHttpsCompressionFeature>()?.Mode != HttpsCompressionMode.DoNotCompress
            && !context.Request.Path.StartsWithSegments("/api/auth", StringComparison.OrdinalIgnoreCase)
            && base.ShouldCompressResponse(context);
    }
}
