namespace FireMap.Api.Imports;

/// <summary>A CSV row with an address but no coordinates that the geocoder could not place with confidence.</summary>
/// <param name="Layer">The layer the row belongs to.</param>
/// <param name="Record">1-based data row number.</param>
/// <param name="Address">The address as given.</param>
/// <param name="BestGuess">Name and address of the best candidate, when there was one.</param>
/// <param name="BestScore">Its score (below 0.8), when there was one.</param>
public sealed record UnplacedRow(string Layer, int Record, string Address, string? BestGuess, double? BestScore);
