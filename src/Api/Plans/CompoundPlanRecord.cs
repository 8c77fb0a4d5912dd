namespace FireMap.Api.Plans;

/// <summary>One compound's plan (一小区一对策): its problems, measures and progress notes.</summary>
public sealed record CompoundPlanRecord(long Id, long CompoundId, string Problems, IReadOnlyList<PlanMeasure> Measures, string ProgressNotes,
    string? UpdatedBy, DateTimeOffset UpdatedAt, int Version);

/// <summary>A measure of a plan: what is done, who answers for it, by when, and where it stands (<c>Codes.PlanMeasureStatus</c>).</summary>
public sealed record PlanMeasure(string Measure, string Owner, DateOnly? DueOn, string Status);

/// <summary>A plan as saved: replaces the problems, measures and progress notes.</summary>
public sealed record SaveCompoundPlan(string Problems, IReadOnlyList<PlanMeasure> Measures, string ProgressNotes);
