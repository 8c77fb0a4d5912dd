namespace FireMap.Api.Duty;

/// <summary>A checked readiness check.</summary>
public sealed record ReadinessCheckInput(long StationId, DateOnly CheckedOn, bool EquipmentOk, int StaffOnDuty, bool DrillDone, bool JointTraining, string? Note);
