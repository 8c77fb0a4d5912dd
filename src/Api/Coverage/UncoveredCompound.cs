namespace FireMap.Api.Coverage;

/// <summary>A compound with buildings outside the reach asked about.</summary>
public sealed record UncoveredCompound(long Id, string Code, string Name, int Buildings, int BuildingsOutside, long OccupantsOutside);
