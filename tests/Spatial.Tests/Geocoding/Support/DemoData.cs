using FireMap.Spatial.Geocoding.Gazetteers;

namespace FireMap.Spatial.Tests.Geocoding.Support;

/// <summary>The demo data set's communities, compounds, buildings and places, and the gazetteer built from them.</summary>
public sealed class DemoData
{
    private static readonly Lazy<DemoData> LazyLoaded = new(() => Load(RepositoryPaths.Demo));

    private DemoData(
        IReadOnlyList<CommunityRecord> communities,
        IReadOnlyList<CompoundRecord> compounds,
        IReadOnlyList<BuildingRecord> buildings,
        IReadOnlyList<PlaceRecord> places)
    {
        Communities = communities;
        Compounds = compounds;
        Buildings = buildings;
        Places = places;
        Gazetteer = Build(GazetteerArea.Yuejincun, communities, compounds, buildings, places);
    }

    /// <summary>The demo data set of data/demo, loaded once.</summary>
    public static DemoData Loaded => LazyLoaded.Value;

    public IReadOnlyList<CommunityRecord> Communities { get; }

    public IReadOnlyList<CompoundRecord> Compounds { get; }

    public IReadOnlyList<BuildingRecord> Buildings { get; }

    public IReadOnlyList<PlaceRecord> Places { get; }

    public Gazetteer Gazetteer { get; }

    /// <summary>A data set of the given records (e.g. a synthesised larger one).</summary>
    public static DemoData From(
        IReadOnlyList<CommunityRecord> communities,
        IReadOnlyList<CompoundRecord> compounds,
        IReadOnlyList<BuildingRecord> buildings,
        IReadOnlyList<PlaceRecord> places) => new(communities, compounds, buildings, places);

    /// <summary>Reads the four layers from files named by <paramref name="path"/> (file name → full path).</summary>
    public static DemoData Load(Func<string, string> path)
    {
        var communities = DemoGeoJson.Read(path("communities.geojson"))
            .Select(f => new CommunityRecord { Code = f.Required("code"), Name = f.Required("name"), Lon = f.Lon, Lat = f.Lat })
            .ToList();
        var compounds = DemoGeoJson.Read(path("compounds.geojson"))
            .Select(f => new CompoundRecord
            {
                Code = f.Required("code"), Name = f.Required("name"), Aliases = f.Texts("aliases"), Address = f.Text("address"),
                CommunityCode = f.Text("community_code"), Lon = f.Lon, Lat = f.Lat,
            })
            .ToList();
        var buildings = DemoGeoJson.Read(path("buildings.geojson"))
            .Select(f => new BuildingRecord
            {
                Code = f.Required("code"), Name = f.Required("name"), BuildingNo = f.Text("building_no"),
                CompoundCode = f.Text("compound_code"), CommunityCode = f.Text("community_code"), Address = f.Text("address"),
                Lon = f.Lon, Lat = f.Lat,
            })
            .ToList();
        var places = DemoGeoJson.Read(path("places.geojson"))
            .Select(f => new PlaceRecord
            {
                Code = f.Required("code"), Name = f.Required("name"), Address = f.Text("address"),
                CommunityCode = f.Text("community_code"), CompoundCode = f.Text("compound_code"),
                BuildingCode = f.Text("building_code"), Lon = f.Lon, Lat = f.Lat,
            })
            .ToList();
        return new DemoData(communities, compounds, buildings, places);
    }

    /// <summary>A gazetteer of the given records, as the Api builds one from its tables.</summary>
    public static Gazetteer Build(
        GazetteerArea area,
        IEnumerable<CommunityRecord> communities,
        IEnumerable<CompoundRecord> compounds,
        IEnumerable<BuildingRecord> buildings,
        IEnumerable<PlaceRecord> places)
    {
        var builder = new GazetteerBuilder(area);
        foreach (var c in communities) { builder.Add(c); }
        foreach (var c in compounds) { builder.Add(c); }
        foreach (var b in buildings) { builder.Add(b); }
        foreach (var p in places) { builder.Add(p); }
        return builder.Build();
    }
}
