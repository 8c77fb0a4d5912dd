using FireMap.Api.Geocoding;
using FireMap.Spatial.Interchange;
using NetTopologySuite.Geometries;

namespace FireMap.Api.Imports;

/// <summary>
/// Places CSV rows that give an address but no lon/lat at the geocoder's confident match
/// (score ≥ 0.8); rows without one are reported, never placed at a guess.
/// </summary>
internal static class AddressPlacement
{
    private static readonly GeometryFactory _factory = new(new PrecisionModel(), 4326);

    public static (List<ImportRecord> Placed, List<UnplacedRow> Unplaced) Place(LayerFormat layer, IReadOnlyList<ImportRecord> records, GeocoderSnapshot snapshot)
    {
        var placed = new List<ImportRecord>(records.Count);
        var unplaced = new List<UnplacedRow>();
        foreach (var record in records)
        {
            if (record.Geometry is not null || record["address"] is not { } address)
            {
                placed.Add(record);
                continue;
            }

            var result = snapshot.Geocoder.Geocode(address, limit: 1);
            if (result.Best is { } best)
            {
                placed.Add(record with { Geometry = _factory.CreatePoint(new Coordinate(best.Lon, best.Lat)) });
            }
            else
            {
                var guess = result.Candidates.FirstOrDefault();
                unplaced.Add(new UnplacedRow(layer.Name, record.Number, address,
                    guess is null ? null : $"{guess.Entry.Name} {guess.Entry.Address}".Trim(), guess?.Score));
            }
        }

        return (placed, unplaced);
    }
}
