using FireMap.Spatial.Geocoding.Normalization;

namespace FireMap.Spatial.Geocoding.Gazetteers;

/// <summary>Derives road-number and road entries from the addresses of the other entries.</summary>
internal static class RoadSites
{
    public static Dictionary<(string Road, string Number), RoadNumberSite> AddRoadNumbers(EntryList entries)
    {
        var groups = entries.Items
            .Where(e => e.Road is not null && e.HouseNumber is not null && e.Level is MatchLevel.Compound or MatchLevel.Building or MatchLevel.Place)
            .GroupBy(e => (Road: e.Road!, Number: e.HouseNumber!))
            .ToList();
        var result = new Dictionary<(string, string), RoadNumberSite>();
        foreach (var g in groups)
        {
            // The point of a road number is where its compound is; else its first building, else its first place.
            var anchor = g.OrderBy(e => e.Level switch { MatchLevel.Compound => 0, MatchLevel.Building => 1, _ => 2 }).First();
            var name = $"{g.Key.Road}{g.Key.Number}号";
            var entry = entries.Add(new GazetteerEntry
            {
                Level = MatchLevel.RoadNumber, Code = name, Name = name, Address = name,
                Road = g.Key.Road, HouseNumber = g.Key.Number, CommunityCode = anchor.CommunityCode,
                Lon = anchor.Lon, Lat = anchor.Lat,
            }, []);
            var members = g.Where(e => e.Level != MatchLevel.Building || entries.Names[e.Id].Length > 0).Select(e => e.Id).ToList();
            result[g.Key] = new RoadNumberSite(entry.Id, members);
        }

        return result;
    }

    public static Dictionary<string, int> AddRoads(EntryList entries, IEnumerable<RoadRecord> records)
    {
        var points = new Dictionary<string, (string Name, double Lon, double Lat)>(StringComparer.Ordinal);
        foreach (var r in records)
        {
            points.TryAdd(AddressNormalizer.Normalize(r.Name), (r.Name, r.Lon, r.Lat));
        }

        foreach (var g in entries.Items.Where(e => e.Level == MatchLevel.RoadNumber).GroupBy(e => e.Road!).ToList())
        {
            // A road known only from addresses is placed at the mean of its numbers' points.
            points.TryAdd(g.Key, (g.Key, g.Average(e => e.Lon), g.Average(e => e.Lat)));
        }

        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (road, p) in points)
        {
            var entry = entries.Add(new GazetteerEntry
            {
                Level = MatchLevel.Road, Code = road, Name = p.Name, Address = p.Name, Road = road, Lon = p.Lon, Lat = p.Lat,
            }, []);
            result[road] = entry.Id;
        }

        return result;
    }
}
