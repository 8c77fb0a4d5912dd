using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FireMap.Api.Access;
using FireMap.Spatial.Vocabulary;
using Microsoft.Net.Http.Headers;

namespace FireMap.Api.Vocabulary;

/// <summary>
/// <c>GET /api/vocabulary</c>: every code list with its Chinese and English labels, so the map
/// shows the labels the service and its exports use instead of keeping its own copy. The answer
/// only changes with a new build, so it carries an ETag and may be cached by the browser.
/// </summary>
public static class VocabularyFeature
{
    public static WebApplication MapVocabulary(this WebApplication app)
    {
        var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(Document(), VocabularyJson.Options));
        var etag = new EntityTagHeaderValue($"\"{Convert.ToHexString(SHA256.HashData(body))[..16]}\"");
        app.MapGet("/api/vocabulary", (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "private, max-age=3600";
            context.Response.Headers.ETag = etag.ToString();
            var ifNoneMatch = context.Request.GetTypedHeaders().IfNoneMatch;
            return ifNoneMatch.Any(tag => tag.Compare(etag, useStrongComparison: false))
                ? Results.StatusCode(StatusCodes.Status304NotModified)
                : Results.Bytes(body, "application/json; charset=utf-8");
        }).Allow(AccessRule.Read);
        return app;
    }

    /// <summary>The lists by their camelCase key: <c>{"placeCategory": {"description": …, "terms": [{code, zh, en, note}]}}</c>.</summary>
    internal static Dictionary<string, object> Document() =>
        Codes.All.ToDictionary(
            list => list.Key,
            list => (object)new
            {
                description = list.Description,
                terms = list.Terms.Select(t => new { code = t.Code, zh = t.Chinese, en = t.English, note = t.Note }),
            });
}
