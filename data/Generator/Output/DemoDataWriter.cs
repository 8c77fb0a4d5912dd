using FireMap.DemoData.Generation;
using FireMap.DemoData.Geometry;
using FireMap.DemoData.Model;

namespace FireMap.DemoData.Output;

/// <summary>Writes the twelve layer files of the demo set and its field work, in load order, under the names the import expects.</summary>
internal static class DemoDataWriter
{
    public static void Write(DemoWorld world, string directory)
    {
        Directory.CreateDirectory(directory);
        var projection = LocalProjection.Demo;
        void Layer(string file, IEnumerable<FeatureRecord> features) =>
            GeoJsonWriter.Write(Path.Combine(directory, file), features, projection);

        Layer("communities.geojson", world.Communities.Select(FeatureMapper.Map));
        Layer("grids.geojson", world.Grids.Select(FeatureMapper.Map));
        Layer("compounds.geojson", world.Compounds.Select(FeatureMapper.Map));
        Layer("buildings.geojson", world.Buildings.Select(FeatureMapper.Map));
        Layer("places.geojson", world.Places.Select(FeatureMapper.Map));
        Layer("roads.geojson", world.Roads.Select(FeatureMapper.Map));
        Layer("fire-lanes.geojson", world.FireLanes.Select(FeatureMapper.Map));
        Layer("blockages.geojson", world.Blockages.Select(FeatureMapper.Map));
        Layer("stations.geojson", world.Stations.Select(FeatureMapper.Map));
        Layer("hydrants.geojson", world.Hydrants.Select(FeatureMapper.Map));
        Layer("incidents.geojson", world.Incidents.Select(FeatureMapper.Map));
        HazardCsvWriter.Write(Path.Combine(directory, "hazards.csv"), world.Hazards, projection);
        FieldWorkJsonWriter.Write(Path.Combine(directory, "field-work.json"), FieldWorkGenerator.Generate(world));
    }
}
