namespace FireMap.Api.Risk;

/// <summary>
/// Configuration of the risk feature (<c>FireMap:Risk:*</c>): the model file, and whether runs are made at
/// start-up and every day. The model file's own <c>version</c> names the runs it produces.
/// </summary>
public sealed record RiskSettings(string ModelPath, bool RecomputeOnStart = true, bool DailyRuns = true);
