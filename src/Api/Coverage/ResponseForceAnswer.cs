namespace FireMap.Api.Coverage;

/// <summary>A building's effective response force: the staff of the stations that reach it in time against its requirement.</summary>
public sealed record ResponseForceAnswer(long BuildingId, string BuildingCode, string HazardClass, int RequiredStaff, int Staff, int Shortfall, IReadOnlyList<ResponderTime> Stations);
