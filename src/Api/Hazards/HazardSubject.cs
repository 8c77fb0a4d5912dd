namespace FireMap.Api.Hazards;

/// <summary>What a hazard is found on: a building, place, compound or fire lane, with its name and address.</summary>
public sealed record HazardSubject(string Type, long Id, string Name, string? Address);
