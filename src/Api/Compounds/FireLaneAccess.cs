namespace FireMap.Api.Compounds;

/// <summary>How well a compound's fire lanes admit a fire engine now.</summary>
/// <param name="Lanes">Number of fire lanes serving the compound.</param>
/// <param name="WorstStatus">Worst lane state (blocked, non_compliant, narrowed, clear); null without lanes.</param>
/// <param name="ActiveBlockages">Active blockages on its lanes.</param>
/// <param name="BlockedLengthMeters">Total length of its lanes that are blocked now.</param>
/// <param name="NarrowestWidthMeters">Narrowest width left on any of its lanes; null without lanes.</param>
public sealed record FireLaneAccess(int Lanes, string? WorstStatus, int ActiveBlockages, double BlockedLengthMeters, decimal? NarrowestWidthMeters);
