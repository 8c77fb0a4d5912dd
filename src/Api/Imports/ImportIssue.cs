namespace FireMap.Api.Imports;

/// <summary>One problem found in an import: where it is and why the record (or file) was refused.</summary>
/// <param name="Layer">The target layer.</param>
/// <param name="Record">1-based record in the file; 0 for a problem of the whole file.</param>
/// <param name="Field">The field at fault (FireMap's name, after mapping), or null.</param>
/// <param name="Value">The value as the file gave it, shortened, or null.</param>
/// <param name="Reason">What is wrong and, where it helps, what to do.</param>
public sealed record ImportIssue(string Layer, int Record, string? Field, string? Value, string Reason);
