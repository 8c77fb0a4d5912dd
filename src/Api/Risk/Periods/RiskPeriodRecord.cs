namespace FireMap.Api.Risk.Periods;

/// <summary>A stored period of raised fire risk (<c>risk_periods</c>); <paramref name="Kind"/> is a <c>RiskPeriodKind</c> code.</summary>
public sealed record RiskPeriodRecord(long Id, string Name, string Kind, DateOnly StartsOn, DateOnly EndsOn, decimal Factor,
    string? UpdatedBy, DateTimeOffset UpdatedAt, int Version);

/// <summary>A period as given to <c>saveRiskPeriod</c>, checked.</summary>
public sealed record SaveRiskPeriod(string Name, string Kind, DateOnly StartsOn, DateOnly EndsOn, decimal Factor);

/// <summary>A configuration the risk model has run with (<c>risk_model_versions</c>).</summary>
public sealed record RiskModelVersionRecord(string Version, string BaseVersion, int PeriodCount, DateTimeOffset CreatedAt);
