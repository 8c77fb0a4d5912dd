using System.Buffers;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;

namespace FireMap.Api.GraphQL.Http;

/// <summary>
/// Turns a GET query string or a POST JSON body into a <see cref="GraphQLRequest"/>, refusing
/// malformed requests with 400 (or 413) and a message that says what is wrong.
/// </summary>
internal static class GraphQLHttpRequestReader
{
    private const string QueryKey = "query";
    private const string OperationNameKey = "operationName";
    private const string VariablesKey = "variables";
    private const string ExtensionsKey = "extensions";
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    public static GraphQLHttpReadResult ReadGet(IQueryCollection parameters, IGraphQLTextSerializer serializer)
    {
        foreach (var key in new[] { QueryKey, OperationNameKey, VariablesKey, ExtensionsKey })
        {
            if (parameters[key].Count > 1)
            {
                return GraphQLHttpReadResult.BadRequest($"Parameter \"{key}\" is given more than once.");
            }
        }

        var query = parameters[QueryKey].ToString();
        if (string.IsNullOrWhiteSpace(query))
        {
            return GraphQLHttpReadResult.BadRequest("Parameter \"query\" is missing.");
        }

        var operationName = parameters[OperationNameKey].ToString();
        var request = new GraphQLRequest
        {
            Query = query,
            OperationName = operationName.Length == 0 ? null : operationName,
        };
        return TryReadMap(parameters[VariablesKey].ToString(), VariablesKey, serializer, inputs => request.Variables = inputs)
            ?? TryReadMap(parameters[ExtensionsKey].ToString(), ExtensionsKey, serializer, inputs => request.Extensions = inputs)
            ?? GraphQLHttpReadResult.Ok(request);
    }

    public static async Task<GraphQLHttpReadResult> ReadPostAsync(
        HttpRequest httpRequest, IGraphQLTextSerializer serializer, long maxBytes, CancellationToken cancellationToken)
    {
        if (httpRequest.ContentLength > maxBytes)
        {
            return GraphQLHttpReadResult.TooLarge(maxBytes);
        }

        using var body = new MemoryStream();
        if (!await CopyBoundedAsync(httpRequest.Body, body, maxBytes, cancellationToken))
        {
            return GraphQLHttpReadResult.TooLarge(maxBytes);
        }

        var bytes = body.GetBuffer().AsMemory(0, (int)body.Length);
        if (bytes.Span.StartsWith(Utf8Bom))
        {
            bytes = bytes[Utf8Bom.Length..];
        }

        if (bytes.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            return GraphQLHttpReadResult.BadRequest("Request body is empty; expected a JSON object with a \"query\".");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes);
        }
        catch (JsonException)
        {
            return GraphQLHttpReadResult.BadRequest("Request body is not valid JSON.");
        }

        using (document)
        {
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? FromJsonObject(document.RootElement, serializer)
                : GraphQLHttpReadResult.BadRequest("Request body must be a JSON object; batched requests are not supported.");
        }
    }

    private static GraphQLHttpReadResult FromJsonObject(JsonElement body, IGraphQLTextSerializer serializer)
    {
        var query = Property(body, QueryKey);
        if (query.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            return GraphQLHttpReadResult.BadRequest("Parameter \"query\" is missing.");
        }

        if (query.ValueKind != JsonValueKind.String)
        {
            return GraphQLHttpReadResult.BadRequest("Parameter \"query\" must be a string.");
        }

        var operationName = Property(body, OperationNameKey);
        if (operationName.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.String))
        {
            return GraphQLHttpReadResult.BadRequest("Parameter \"operationName\" must be a string or null.");
        }

        var request = new GraphQLRequest
        {
            Query = query.GetString(),
            OperationName = operationName.ValueKind == JsonValueKind.String ? operationName.GetString() : null,
        };
        return TryReadMap(Property(body, VariablesKey), VariablesKey, serializer, inputs => request.Variables = inputs)
            ?? TryReadMap(Property(body, ExtensionsKey), ExtensionsKey, serializer, inputs => request.Extensions = inputs)
            ?? GraphQLHttpReadResult.Ok(request);
    }

    /// <summary>Reads a map parameter given as URL-encoded JSON text; null on success.</summary>
    private static GraphQLHttpReadResult? TryReadMap(
        string json, string name, IGraphQLTextSerializer serializer, Action<Inputs> assign)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return TryReadMap(document.RootElement, name, serializer, assign);
        }
        catch (JsonException)
        {
            return GraphQLHttpReadResult.BadRequest($"Parameter \"{name}\" is not valid JSON.");
        }
    }

    /// <summary>Reads a map parameter that must be a JSON object or null; null on success.</summary>
    private static GraphQLHttpReadResult? TryReadMap(
        JsonElement element, string name, IGraphQLTextSerializer serializer, Action<Inputs> assign)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Undefined or JsonValueKind.Null:
                return null;
            case JsonValueKind.Object:
                assign(serializer.Deserialize<Inputs>(element.GetRawText()) ?? Inputs.Empty);
                return null;
            default:
                return GraphQLHttpReadResult.BadRequest($"Parameter \"{name}\" must be a JSON object or null.");
        }
    }

    private static JsonElement Property(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) ? value : default;

    /// <summary>Copies at most <paramref name="maxBytes"/>; false when the body is longer.</summary>
    private static async Task<bool> CopyBoundedAsync(
        Stream source, MemoryStream target, long maxBytes, CancellationToken cancellationToken)
    {
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await source.ReadAsync(chunk.AsMemory(), cancellationToken)) > 0)
            {
                if (target.Length + read > maxBytes)
                {
                    return false;
                }

                target.Write(chunk, 0, read);
            }

            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }
}
