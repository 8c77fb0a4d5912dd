namespace FireMap.Api.FieldWork;

/// <summary>What field work needs to know of a subject: where it belongs, which checklist applies, who manages it.</summary>
public sealed record FieldSubject(long CommunityId, long? GridId, long? CompoundId, bool? HighRise, string? PlaceCategory, string? ManagementUnit);
