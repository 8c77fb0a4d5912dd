namespace FireMap.Api.Duty;

/// <summary>A readiness check of a micro fire station or the sub-district brigade.</summary>
public sealed record ReadinessCheckRecord(
    long Id, long StationId, string StationName, string StationKind, DateOnly CheckedOn, bool EquipmentOk, int StaffOnDuty, bool DrillDone,
    bool JointTraining, string? Note, string CheckedBy, int Version);
