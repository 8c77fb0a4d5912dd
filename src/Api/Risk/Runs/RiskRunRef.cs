namespace FireMap.Api.Risk.Runs;

/// <summary>Which stored run a query reads: its id, model version and as-of date.</summary>
public sealed record RiskRunRef(long Id, string ModelVersion, DateOnly AsOf);
