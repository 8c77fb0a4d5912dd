namespace FireMap.Api.FieldWork;

/// <summary>A resident to register or change, checked for form; without <paramref name="BuildingId"/> the address is geocoded.</summary>
public sealed record SaveResident(string Name, string Category, string Address, long? BuildingId, string? Phone, string? ContactPerson,
    string? ContactPhone, int VisitFrequencyDays, string? Notes);
