namespace FireMap.Api.Risk.Inputs;

/// <summary>A building's station distances as read; <see cref="Measured"/> when they were measured by the read rather than kept.</summary>
/// <param name="BuildingId">The building.</param>
/// <param name="FireStationMeters">Metres to the nearest fire station; null when none is known.</param>
/// <param name="MicroStationMeters">Metres to the nearest micro fire station; null when none is known.</param>
/// <param name="BuildingVersion">The building's version when measured; null when kept.</param>
/// <param name="StationsKey">The stations' fingerprint when measured; null when kept.</param>
public readonly record struct StationRow(long BuildingId, double? FireStationMeters, double? MicroStationMeters, int? BuildingVersion, long? StationsKey)
{
    public bool Measured => BuildingVersion is not null;
}
