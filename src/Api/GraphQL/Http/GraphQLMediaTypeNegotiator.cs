using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace FireMap.Api.GraphQL.Http;

/// <summary>Chooses the response media type from Accept and checks the request Content-Type.</summary>
internal static class GraphQLMediaTypeNegotiator
{
    /// <summary>
    /// The response media type for an Accept header, or null when nothing acceptable is offered
    /// (406). A missing Accept and wildcards mean application/json: legacy clients that send
    /// neither must keep getting 200 for GraphQL errors, which the graphql-http audit checks.
    /// </summary>
    public static string? SelectResponseType(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept) || accept.All(string.IsNullOrWhiteSpace))
        {
            return GraphQLMediaTypes.Json;
        }

        if (!MediaTypeHeaderValue.TryParseList(accept, out var mediaTypes))
        {
            return null;
        }

        string? best = null;
        double bestQuality = 0;
        foreach (var mediaType in mediaTypes)
        {
            var quality = mediaType.Quality ?? 1;
            var candidate = Candidate(mediaType);
            if (candidate is null || quality <= 0 || !IsUtf8(mediaType.Charset))
            {
                continue;
            }

            // On equal quality the GraphQL media type wins, as the spec recommends.
            var better = quality > bestQuality
                || (quality == bestQuality && candidate == GraphQLMediaTypes.GraphQLResponseJson);
            if (better)
            {
                best = candidate;
                bestQuality = quality;
            }
        }

        return best;
    }

    /// <summary>True when a POST body is JSON in UTF-8 (or with no charset, which means UTF-8).</summary>
    public static bool IsJsonContentType(string? contentType)
    {
        return MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            && mediaType.MediaType.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase)
            && IsUtf8(mediaType.Charset);
    }

    private static string? Candidate(MediaTypeHeaderValue mediaType)
    {
        var name = mediaType.MediaType;
        if (name.Equals(GraphQLMediaTypes.GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
        {
            return GraphQLMediaTypes.GraphQLResponseJson;
        }

        var isJson = name.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase)
            || name.Equals("application/*", StringComparison.OrdinalIgnoreCase)
            || name.Equals("*/*", StringComparison.OrdinalIgnoreCase);
        return isJson ? GraphQLMediaTypes.Json : null;
    }

    private static bool IsUtf8(StringSegment charset)
    {
        return !charset.HasValue
            || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }
}
