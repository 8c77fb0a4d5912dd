using System.Text.RegularExpressions;

namespace FireMap.Spatial.Tests.Geocoding.Support;

/// <summary>The demo gazetteer's addresses as <see cref="AddressSubject"/>s: what the accuracy suite varies.</summary>
public static partial class SubjectCatalog
{
    public static IReadOnlyList<AddressSubject> From(DemoData data)
    {
        var compounds = data.Compounds.ToDictionary(c => c.Code);
        var buildings = data.Buildings.ToDictionary(b => b.Code);
        var communities = data.Communities.ToDictionary(c => c.Code, c => c.Name);
        var placesByBuilding = data.Places.Where(p => p.BuildingCode is not null).ToLookup(p => p.BuildingCode!);
        var subjects = new List<AddressSubject>();
        foreach (var c in data.Compounds)
        {
            var (road, no, _) = Split(c.Address!);
            var community = communities.GetValueOrDefault(c.CommunityCode ?? string.Empty);
            subjects.Add(new AddressSubject { Source = "compound", Road = road, Number = no, Name = c.Name, CommunityName = community, Expected = Set(c.Code) });
            subjects.AddRange(c.Aliases.Select(a => new AddressSubject
            {
                Source = "alias", Road = road, Number = no, Name = a, CommunityName = community, Expected = Set(c.Code),
            }));
        }

        foreach (var b in data.Buildings)
        {
            var (road, no, rest) = Split(b.Address!);
            var community = communities.GetValueOrDefault(b.CommunityCode ?? string.Empty);
            var inCompound = b.CompoundCode is not null && b.BuildingNo is not null;
            var samePlaces = placesByBuilding[b.Code].Where(p => p.Name == b.Name).Select(p => p.Code);
            subjects.Add(new AddressSubject
            {
                Source = "building", Road = road, Number = no, CommunityName = community,
                Name = inCompound ? compounds[b.CompoundCode!].Name : rest,
                Building = inCompound ? b.BuildingNo : null,
                Expected = Set([b.Code, .. samePlaces]),
            });
        }

        foreach (var p in data.Places)
        {
            var (road, no, rest) = Split(p.Address!);
            var community = communities.GetValueOrDefault(p.CommunityCode ?? string.Empty);
            var sameBuilding = p.BuildingCode is { } bc && buildings[bc].Name == p.Name ? [bc] : Array.Empty<string>();
            subjects.Add(new AddressSubject
            {
                Source = "place", Road = road, Number = no, Name = p.Name, CommunityName = community, Expected = Set([p.Code, .. sameBuilding]),
            });
            if (p.BuildingCode is { } code && buildings.TryGetValue(code, out var building))
            {
                subjects.Add(PlaceAddress(p.Code, road, no, rest, building, compounds, community));
            }
        }

        return subjects;
    }

    private static AddressSubject PlaceAddress(
        string placeCode, string road, string no, string rest, FireMap.Spatial.Geocoding.Gazetteers.BuildingRecord building,
        Dictionary<string, FireMap.Spatial.Geocoding.Gazetteers.CompoundRecord> compounds, string? community)
    {
        // 松林路64号钢城中学宿舍1栋底层1号门面: compound name, building, then what is inside the building.
        if (building.CompoundCode is { } cc && building.BuildingNo is { } bn)
        {
            var prefix = $"{compounds[cc].Name}{bn}栋";
            return new AddressSubject
            {
                Source = "place_address", Road = road, Number = no, Name = compounds[cc].Name, Building = bn,
                Extra = rest.StartsWith(prefix, StringComparison.Ordinal) ? rest[prefix.Length..] : string.Empty,
                CommunityName = community, Expected = Set(placeCode, building.Code),
            };
        }

        var named = rest.StartsWith(building.Name, StringComparison.Ordinal);
        return new AddressSubject
        {
            Source = "place_address", Road = road, Number = no, Name = named ? building.Name : rest,
            Extra = named ? rest[building.Name.Length..] : string.Empty, CommunityName = community,
            Expected = Set(placeCode, building.Code),
        };
    }

    private static (string Road, string Number, string Remainder) Split(string address)
    {
        var m = AddressPattern().Match(address);
        if (!m.Success)
        {
            throw new InvalidDataException($"demo address without road and number: {address}");
        }

        return (m.Groups["road"].Value, m.Groups["no"].Value, m.Groups["rest"].Value);
    }

    private static HashSet<string> Set(params string[] codes) => [.. codes];

    [GeneratedRegex(@"^(?<road>.+?(?:大道|路|街|巷))(?<no>[0-9]+)号(?<rest>.*)$")]
    private static partial Regex AddressPattern();
}
