using FireMap.Spatial.Geocoding;
using FireMap.Spatial.Geodesy;
using FireMap.Spatial.Tests.Geocoding.Support;

namespace FireMap.Spatial.Tests.Geocoding;

public sealed class ReverseGeocoderTests
{
    [Fact]
    public void ReverseGeocode_random_points_same_as_brute_force_nearest()
    {
        var gazetteer = DemoData.Loaded.Gazetteer;
        var geocoder = new Geocoder(gazetteer);
        var targets = gazetteer.Entries.Where(e => e.Level is MatchLevel.Building or MatchLevel.Compound).ToList();
        var random = new Random(42);
        for (var i = 0; i < 300; i++)
        {
            var lon = 106.455 + (random.NextDouble() * 0.05);
            var lat = 29.460 + (random.NextDouble() * 0.04);
            var expected = targets.Min(e => Geodesic.DistanceMeters(lon, lat, e.Lon, e.Lat));

            var nearest = geocoder.ReverseGeocode(lon, lat, limit: 3);

            Assert.Equal(expected, nearest[0].DistanceMeters, 1e-6);
            Assert.True(nearest[0].DistanceMeters <= nearest[1].DistanceMeters && nearest[1].DistanceMeters <= nearest[2].DistanceMeters);
        }
    }

    [Fact]
    public void ReverseGeocode_building_point_that_building_at_zero_metres()
    {
        var gazetteer = DemoData.Loaded.Gazetteer;
        var building = gazetteer.Find(MatchLevel.Building, "XQ061-03")!;

        var nearest = Geocoder.ReverseGeocode(gazetteer, building.Lon, building.Lat);

        Assert.Equal(("XQ061-03", 0.0), (nearest?.Entry.Code, nearest?.DistanceMeters));
    }

    [Fact]
    public void ReverseGeocode_beyond_max_distance_empty()
    {
        var geocoder = new Geocoder(DemoData.Loaded.Gazetteer);

        Assert.Empty(geocoder.ReverseGeocode(106.60, 29.60, maxDistanceMeters: 500));
        Assert.Throws<ArgumentOutOfRangeException>(() => geocoder.ReverseGeocode(200, 29.5));
    }
}
