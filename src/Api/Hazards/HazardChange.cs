namespace FireMap.Api.Hazards;

/// <summary>
/// One workflow step asked for: the action, the version the client saw, a note, and the values the
/// step sets (the new deadline of an extension, the supervising unit of a listing, the photos of a rectification).
/// </summary>
public sealed record HazardChange(string Action, int ExpectedVersion, string? Note, DateOnly? Deadline = null, string? SupervisingUnit = null,
    IReadOnlyList<Guid>? PhotoIds = null);
