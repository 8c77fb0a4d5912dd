namespace FireMap.Api.Coverage;

/// <summary>A station that reaches a building within the response-force time, with its staff and routed time.</summary>
public sealed record ResponderTime(long StationId, string Name, string Kind, int Staff, double Seconds);
