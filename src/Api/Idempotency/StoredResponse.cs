namespace FireMap.Api.Idempotency;

/// <summary>An answer kept for a key: the hash of the request it answered, its status, content type and body.</summary>
public sealed record StoredResponse(string RequestHash, int StatusCode, string? ContentType, byte[] Body);
