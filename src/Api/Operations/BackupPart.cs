namespace FireMap.Api.Operations;

/// <summary>One file inside a backup: its path in the archive, size and SHA-256 (hex).</summary>
public sealed record BackupPart(string Name, long Bytes, string Sha256);
