namespace FireMap.Api.Operations;

/// <summary>
/// A table's row count and a digest of its rows (order-independent: the sum of the first 64 bits of
/// each row's MD5 as text), equal for two databases that hold the same rows.
/// </summary>
public sealed record TableContent(string Table, long Rows, string Digest);
