using FireMap.DemoData.Geometry;
using FireMap.DemoData.Layout;
using FireMap.DemoData.Model;

namespace FireMap.DemoData.Generation;

/// <summary>
/// Builds the whole data set from the seed. The order of the steps is part of the output: every
/// step draws from the same random sequence, so reordering them changes every file.
/// </summary>
internal static class DemoWorldBuilder
{
    public static DemoWorld Build()
    {
        var rng = new Random(DemoSettings.Seed);
        var streets = StreetGrid.Create(rng);
        var world = new DemoWorld(streets);

        var subdivider = new BlockSubdivider(streets, rng);
        var parcels = new List<Parcel>();
        for (var j = 0; j < StreetPlan.Rows; j++)
        {
            for (var i = 0; i < StreetPlan.Columns; i++)
            {
                var kind = StreetPlan.KindAt(i, j);
                if (kind == BlockKind.Residential)
                {
                    parcels.AddRange(subdivider.Subdivide(i, j));
                }
                else
                {
                    world.SpecialParcels.Add((kind, subdivider.Whole(i, j)));
                }
            }
        }

        AreaGenerator.Generate(world);
        new CompoundGenerator(world, rng).Generate(parcels);
        var lanes = new FireLaneGenerator(world, rng);
        var homes = new CompoundBuildingGenerator(world, rng);
        foreach (var compound in world.Compounds)
        {
            homes.Generate(compound, lanes.Generate(compound));
        }

        new SpecialBlockGenerator(world, rng).Generate();
        RoadGenerator.Generate(world, LocalProjection.Demo);
        new PlaceGenerator(world, rng).Generate();
        new StationGenerator(world, rng).Generate();
        new HydrantGenerator(world, rng).Generate();
        new BlockageGenerator(world, rng).Generate();
        new IncidentGenerator(world, rng).Generate();
        new HazardGenerator(world, rng).Generate();
        return world;
    }
}
