namespace FireMap.Api.Audit;

/// <summary>One audited change: who did what to which row, with the row as JSON before and after.</summary>
public sealed record AuditEntry(string Actor, string Action, string Entity, long EntityId, string? Before, string? After);
