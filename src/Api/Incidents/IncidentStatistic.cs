namespace FireMap.Api.Incidents;

/// <summary>Fires of one group (a cause, a month <c>YYYY-MM</c>, or a community code): count, casualties and direct loss.</summary>
public sealed record IncidentStatistic(string Key, int Fires, int Casualties, decimal LossCny);
