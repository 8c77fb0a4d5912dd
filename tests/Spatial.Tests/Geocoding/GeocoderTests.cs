using FireMap.Spatial.Geocoding;
using FireMap.Spatial.Geocoding.Gazetteers;

namespace FireMap.Spatial.Tests.Geocoding;

/// <summary>The geocoder's behaviour on small hand-made gazetteers, where each case is visible.</summary>
public sealed class GeocoderTests
{
    private static readonly Gazetteer Small = new GazetteerBuilder(GazetteerArea.Yuejincun)
        .Add(new CommunityRecord { Code = "500104002002", Name = "钢花社区", Lon = 106.480, Lat = 29.480 })
        .Add(new CompoundRecord { Code = "XQ061", Name = "钢花小区", Aliases = ["钢花苑"], Address = "建胜路193号", CommunityCode = "500104002002", Lon = 106.4700, Lat = 29.4860 })
        .Add(new CompoundRecord { Code = "XQ090", Name = "翠湖苑", Address = "跃进村路12号", Lon = 106.4800, Lat = 29.4800 })
        .Add(new CompoundRecord { Code = "XQ091", Name = "翠湖苑", Address = "滨江路8号", Lon = 106.4900, Lat = 29.4700 })
        .Add(new BuildingRecord { Code = "XQ061-03", Name = "3栋", BuildingNo = "3", CompoundCode = "XQ061", Address = "建胜路193号钢花小区3栋", Lon = 106.4701, Lat = 29.4861 })
        .Add(new BuildingRecord { Code = "XQ061-04", Name = "4栋", CompoundCode = "XQ061", Address = "建胜路193号钢花小区4栋", Lon = 106.4703, Lat = 29.4863 })
        .Add(new PlaceRecord { Code = "CS001", Name = "钢城中学", Address = "钢城大道55号", Lon = 106.4707, Lat = 29.4781 })
        .Add(new RoadRecord { Name = "钢城大道", Lon = 106.475, Lat = 29.479 })
        .Build();

    [Theory]
    [InlineData("建胜路193号钢花小区3栋", MatchLevel.Building, "XQ061-03")]
    [InlineData("钢花苑4幢", MatchLevel.Building, "XQ061-04")]
    [InlineData("重庆市大渡口区跃进村街道钢花社区钢花小区三号楼", MatchLevel.Building, "XQ061-03")]
    [InlineData("建胜路193号钢化小区3栋", MatchLevel.Building, "XQ061-03")]
    [InlineData("建胜路193号3栋", MatchLevel.Building, "XQ061-03")]
    [InlineData("钢花小区", MatchLevel.Compound, "XQ061")]
    [InlineData("钢花小区9栋", MatchLevel.Compound, "XQ061")]
    [InlineData("钢城大道55号钢城中学", MatchLevel.Place, "CS001")]
    [InlineData("建胜路193号", MatchLevel.RoadNumber, "建胜路193号")]
    [InlineData("钢城大道", MatchLevel.Road, "钢城大道")]
    [InlineData("钢花社区", MatchLevel.Community, "500104002002")]
    public void Geocode_small_gazetteer_level_and_entry(string address, MatchLevel level, string code)
    {
        var top = Geocoder.Geocode(Small, address).Candidates[0];

        Assert.Equal((level, code), (top.Level, top.Entry.Code));
    }

    [Fact]
    public void Geocode_same_name_two_compounds_ambiguous_both_listed_none_confident()
    {
        var result = new Geocoder(Small).Geocode("翠湖苑");

        Assert.Equal(["XQ090", "XQ091"], result.Candidates.Take(2).Select(c => c.Entry.Code).Order());
        Assert.All(result.Candidates, c => Assert.False(c.IsConfident));
        Assert.True(result.Candidates[0].Evidence.HasFlag(MatchEvidence.Ambiguous));
        Assert.Null(result.Best);
    }

    [Fact]
    public void Geocode_confident_top_unrelated_candidates_below_not_confident()
    {
        var demo = FireMap.Spatial.Tests.Geocoding.Support.DemoData.Loaded.Gazetteer;

        var candidates = Geocoder.Geocode(demo, "钢城大道129号跃进商业广场A座5楼").Candidates;

        Assert.Equal(("JZ028", true), (candidates[0].Entry.Code, candidates[0].IsConfident));
        Assert.All(candidates.Skip(1), c => Assert.False(c.IsConfident, c.Entry.Name));
    }

    [Fact]
    public void Geocode_same_name_road_given_resolves()
    {
        var best = new Geocoder(Small).Geocode("滨江路8号翠湖苑").Best;

        Assert.Equal("XQ091", best?.Entry.Code);
    }

    [Fact]
    public void Geocode_scores_ranked_between_0_and_1_limit_respected()
    {
        var candidates = new Geocoder(Small).Geocode("建胜路193号钢花小区3栋", limit: 2).Candidates;

        Assert.Equal(2, candidates.Count);
        Assert.True(candidates[0].Score >= candidates[1].Score);
        Assert.All(candidates, c => Assert.InRange(c.Score, 0, 1));
    }

    [Fact]
    public void GeocodeBatch_results_in_input_order()
    {
        var results = new Geocoder(Small).GeocodeBatch(["钢花小区", null, "钢城中学"]);

        Assert.Equal(["XQ061", null, "CS001"], results.Select(r => r.Best?.Entry.Code));
    }

    [Fact]
    public void Geocode_many_threads_same_results_as_one()
    {
        var data = FireMap.Spatial.Tests.Geocoding.Support.DemoData.Loaded;
        var geocoder = new Geocoder(data.Gazetteer);
        var addresses = data.Buildings.Select(b => b.Address!).Concat(data.Places.Select(p => p.Name)).ToArray();
        var sequential = addresses.Select(a => Describe(geocoder.Geocode(a, 3))).ToArray();

        var parallel = addresses.AsParallel().AsOrdered().WithDegreeOfParallelism(4).Select(a => Describe(geocoder.Geocode(a, 3))).ToArray();

        Assert.Equal(sequential, parallel);
    }

    [Fact]
    public void Geocode_empty_gazetteer_nothing_found()
    {
        var empty = new GazetteerBuilder().Build();

        Assert.Empty(Geocoder.Geocode(empty, "跃进村路12号钢花小区3栋").Candidates);
        Assert.Null(Geocoder.ReverseGeocode(empty, 106.48, 29.48));
    }

    [Fact]
    public void Build_duplicate_code_refused()
    {
        var builder = new GazetteerBuilder()
            .Add(new CompoundRecord { Code = "XQ1", Name = "甲", Lon = 106, Lat = 29 })
            .Add(new CompoundRecord { Code = "XQ1", Name = "乙", Lon = 106, Lat = 29 });

        Assert.Contains("XQ1", Assert.Throws<ArgumentException>(builder.Build).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(200, 29)]
    [InlineData(106, double.NaN)]
    public void Add_point_out_of_range_refused(double lon, double lat)
    {
        var builder = new GazetteerBuilder();

        Assert.Throws<ArgumentException>(() => builder.Add(new PlaceRecord { Code = "P", Name = "甲", Lon = lon, Lat = lat }));
    }

    private static string Describe(GeocodeResult r) =>
        string.Join(';', r.Candidates.Select(c => $"{c.Level}:{c.Entry.Code}:{c.Score}:{c.Evidence}"));

    [Fact]
    public void Geocode_limit_below_one_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Geocoder(Small).Geocode("钢花小区", 0));
    }
}
