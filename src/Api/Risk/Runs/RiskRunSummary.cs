using FireMap.Spatial.Risk.Model;

namespace FireMap.Api.Risk.Runs;

/// <summary>A stored risk run: which model and date, when and why it was computed, how long it took, and what it found.</summary>
public sealed record RiskRunSummary(
    long Id,
    string ModelVersion,
    DateOnly AsOf,
    DateTimeOffset ComputedAt,
    int CompoundCount,
    int BuildingCount,
    int DurationMs,
    int GatherMs,
    int ScoreMs,
    int StoreMs,
    string Trigger,
    string Actor,
    IReadOnlyList<(RiskLevel Level, int Count)> CompoundLevels);
