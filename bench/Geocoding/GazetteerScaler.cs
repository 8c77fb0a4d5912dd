using FireMap.Spatial.Geocoding.Gazetteers;
using FireMap.Spatial.Tests.Geocoding.Support;

namespace FireMap.Bench.Geocoding;

/// <summary>
/// A data set k times the demo's: copy i renames every compound, alias, place, named building and road
/// with a two-character prefix of its own (copy 0 is the demo itself) and shifts its points, so that names
/// stay unique but share most of their bigrams, which is the hard case for the name index.
/// </summary>
internal static class GazetteerScaler
{
    private const string Syllables = "金银铜铁锡云雾霞虹霓";

    public static DemoData Scale(DemoData demo, int copies)
    {
        var compounds = new List<CompoundRecord>();
        var buildings = new List<BuildingRecord>();
        var places = new List<PlaceRecord>();
        for (var i = 0; i < copies; i++)
        {
            var p = Prefix(i);
            var shift = i * 0.05;
            compounds.AddRange(demo.Compounds.Select(c => c with
            {
                Code = Code(c.Code, i), Name = p + c.Name, Aliases = [.. c.Aliases.Select(a => p + a)],
                Address = p + c.Address, Lon = c.Lon + shift,
            }));
            buildings.AddRange(demo.Buildings.Select(b => b with
            {
                Code = Code(b.Code, i), Name = b.CompoundCode is null ? p + b.Name : b.Name,
                CompoundCode = b.CompoundCode is null ? null : Code(b.CompoundCode, i),
                Address = Rename(b.Address, p, demo), Lon = b.Lon + shift,
            }));
            places.AddRange(demo.Places.Select(x => x with
            {
                Code = Code(x.Code, i), Name = p + x.Name, Address = Rename(x.Address, p, demo),
                CompoundCode = x.CompoundCode is null ? null : Code(x.CompoundCode, i),
                BuildingCode = x.BuildingCode is null ? null : Code(x.BuildingCode, i), Lon = x.Lon + shift,
            }));
        }

        return DemoData.From(demo.Communities, compounds, buildings, places);
    }

    private static string Prefix(int i) => i == 0 ? string.Empty : $"{Syllables[i / 10 % 10]}{Syllables[i % 10]}";

    private static string Code(string code, int i) => i == 0 ? code : $"{code}~{i}";

    // The road and every compound or named-building name in the address get the copy's prefix.
    private static string? Rename(string? address, string prefix, DemoData demo)
    {
        if (address is null || prefix.Length == 0)
        {
            return address;
        }

        var renamed = prefix + address;
        foreach (var name in demo.Compounds.Select(c => c.Name).Concat(demo.Buildings.Where(b => b.CompoundCode is null).Select(b => b.Name)).OrderByDescending(n => n.Length))
        {
            var at = renamed.IndexOf(name, prefix.Length + 1, StringComparison.Ordinal);
            if (at > 0 && renamed[(at - 1)..].StartsWith('号'))
            {
                return string.Concat(renamed.AsSpan(0, at), prefix, renamed.AsSpan(at));
            }
        }

        return renamed;
    }
}
