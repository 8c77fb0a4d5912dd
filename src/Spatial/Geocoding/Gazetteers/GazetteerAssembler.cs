using FireMap.Spatial.Geocoding.Normalization;
using FireMap.Spatial.Geocoding.Parsing;

namespace FireMap.Spatial.Geocoding.Gazetteers;

/// <summary>Turns collected records into entries (deriving road numbers and roads) and indexes them.</summary>
internal static class GazetteerAssembler
{
    public static Gazetteer Assemble(GazetteerArea? area, GazetteerRecords records)
    {
        var divisions = AdministrativeDivisions.BuiltIn
            .With(area?.ToDivisions() ?? [])
            .With(records.Communities.Select(c => new Division(c.Name, AdministrativeLevel.Community, CommunityCode(c.Code))));
        var parser = new AddressParser(new AddressParserOptions { Divisions = divisions });
        var entries = new EntryList();

        foreach (var c in records.Communities)
        {
            entries.Add(new GazetteerEntry
            {
                Level = MatchLevel.Community, Code = c.Code, Name = c.Name, Address = c.Name,
                CommunityCode = c.Code, Lon = c.Lon, Lat = c.Lat,
            }, [AddressNormalizer.Normalize(c.Name)]);
        }

        foreach (var c in records.Compounds)
        {
            var address = parser.Parse(c.Address);
            entries.Add(new GazetteerEntry
            {
                Level = MatchLevel.Compound, Code = c.Code, Name = c.Name, Address = c.Address + c.Name,
                Road = address.Road, HouseNumber = address.HouseNumber, CommunityCode = c.CommunityCode,
                Aliases = c.Aliases, Lon = c.Lon, Lat = c.Lat,
            }, [AddressNormalizer.Normalize(c.Name), .. c.Aliases.Select(AddressNormalizer.Normalize)]);
        }

        foreach (var b in records.Buildings)
        {
            var address = parser.Parse(b.Address);
            var name = AddressNormalizer.Normalize(b.Name);
            var asNumber = parser.Parse(b.Name);
            var isBareNumber = asNumber.Name.Length == 0 && asNumber.Building is not null;
            entries.Add(new GazetteerEntry
            {
                Level = MatchLevel.Building, Code = b.Code, Name = b.Name, Address = b.Address ?? b.Name,
                Road = address.Road, HouseNumber = address.HouseNumber,
                BuildingNo = BuildingNumber(b.BuildingNo) ?? (isBareNumber ? asNumber.Building : null),
                CompoundCode = b.CompoundCode, CommunityCode = b.CommunityCode, Lon = b.Lon, Lat = b.Lat,
            }, isBareNumber ? [] : [name]);
        }

        foreach (var p in records.Places)
        {
            var address = parser.Parse(p.Address);
            entries.Add(new GazetteerEntry
            {
                Level = MatchLevel.Place, Code = p.Code, Name = p.Name, Address = p.Address ?? p.Name,
                Road = address.Road, HouseNumber = address.HouseNumber, CompoundCode = p.CompoundCode,
                BuildingCode = p.BuildingCode, CommunityCode = p.CommunityCode, Lon = p.Lon, Lat = p.Lat,
            }, [AddressNormalizer.Normalize(p.Name)]);
        }

        var roadNumbers = RoadSites.AddRoadNumbers(entries);
        var roads = RoadSites.AddRoads(entries, records.Roads);
        var indexes = new GazetteerIndexes
        {
            Names = new NameIndex(NamedItems(entries)),
            Roads = roads,
            RoadNumbers = roadNumbers,
            CompoundBuildings = CompoundBuildings(entries),
            CommunitiesByName = entries.Items
                .Where(e => e.Level == MatchLevel.Community)
                .GroupBy(e => AddressNormalizer.Normalize(e.Name))
                .ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal),
            EntryNames = [.. entries.Names],
            Divisions = divisions,
        };
        return new Gazetteer(area, entries.Items, indexes);
    }

    private static string? CommunityCode(string code) =>
        code.Length == 12 && code.All(char.IsAsciiDigit) ? code : null;

    private static string? BuildingNumber(string? buildingNo)
    {
        var n = AddressNormalizer.Normalize(buildingNo);
        n = n.EndsWith('栋') ? n[..^1] : n;
        return n.Length == 0 ? null : n;
    }

    private static IEnumerable<NamedItem> NamedItems(EntryList entries)
    {
        for (var id = 0; id < entries.Items.Count; id++)
        {
            if (entries.Items[id].Level is MatchLevel.Community)
            {
                continue;
            }

            var names = entries.Names[id];
            for (var k = 0; k < names.Length; k++)
            {
                yield return new NamedItem(id, names[k], k > 0);
            }
        }
    }

    private static Dictionary<int, Dictionary<string, int>> CompoundBuildings(EntryList entries)
    {
        var compounds = entries.Items.Where(e => e.Level == MatchLevel.Compound).ToDictionary(e => e.Code, e => e.Id);
        var result = new Dictionary<int, Dictionary<string, int>>();
        foreach (var b in entries.Items.Where(e => e.Level == MatchLevel.Building))
        {
            if (b.CompoundCode is null || b.BuildingNo is null || !compounds.TryGetValue(b.CompoundCode, out var compound))
            {
                continue;
            }

            if (!result.TryGetValue(compound, out var numbers))
            {
                numbers = new Dictionary<string, int>(StringComparer.Ordinal);
                result[compound] = numbers;
            }

            numbers.TryAdd(b.BuildingNo, b.Id);
        }

        return result;
    }
}
