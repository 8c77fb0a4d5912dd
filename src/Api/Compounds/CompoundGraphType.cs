using FireMap.Api.Access;
using FireMap.Api.Blockages;
using FireMap.Api.FireLanes;
using FireMap.Api.GraphQL.Types;
using GraphQL.Types;

namespace FireMap.Api.Compounds;

/// <summary>A residential compound (小区).</summary>
public sealed class CompoundGraphType : ObjectGraphType<CompoundRecord>
{
    public CompoundGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "Compound";
        Description = "A residential compound (小区) with its management and building figures.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id.").Resolve(c => c.Source.Id);
        Field(x => x.Code).Description("Natural key from the source data.");
        Field(x => x.Name).Description("Name, e.g. 钢花小区.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases").Description("Other names people use.").Resolve(c => c.Source.Aliases);
        Field(x => x.Address).Description("Road and number.");
        Field(x => x.CommunityCode).Description("Division code of the community (社区).");
        Field(x => x.CommunityName).Description("Name of the community (社区).");
        Field(x => x.GridCode, nullable: true).Description("Code of the grid (网格).");
        Field(x => x.BuiltYear, nullable: true).Description("Year built.");
        Field<NonNullGraphType<BooleanGraphType>>("hasPropertyManagement").Description("False for compounds without property management (无物业).").Resolve(c => c.Source.PropertyManagementUnit is not null);
        Field(x => x.PropertyManagementUnit, nullable: true).Description("Property management company, if any.");
        Field(x => x.MaintenanceUnit, nullable: true).Description("Fire-facility maintenance unit (维保单位).");
        Field(x => x.IsOld).Description("Old residential compound (老旧小区).");
        Field(x => x.Version).Description("Version for optimistic concurrency: pass it as expectedVersion to updateCompound.");
        Field(x => x.BuildingCount).Description("Number of buildings.");
        Field(x => x.Occupants).Description("Sum of the buildings' occupants.");
        Field<FireLaneStatusGraphType>("fireLaneStatus").Description("Worst state of its fire lanes; null when it has none.").Resolve(c => c.Source.FireLanes.WorstStatus);
        Field<NonNullGraphType<IntGraphType>>("fireLaneCount").Description("Number of fire lanes serving it.").Resolve(c => c.Source.FireLanes.Lanes);
        Field<NonNullGraphType<IntGraphType>>("activeBlockageCount").Description("Active blockages on its fire lanes.").Resolve(c => c.Source.FireLanes.ActiveBlockages);
        Field<NonNullGraphType<FloatGraphType>>("blockedLengthMeters").Description("Total length of its fire lanes that are blocked now, metres.").Resolve(c => c.Source.FireLanes.BlockedLengthMeters);
        Field<FloatGraphType>("narrowestLaneWidthMeters").Description("Narrowest width left on any of its lanes, metres.").Resolve(c => (double?)c.Source.FireLanes.NarrowestWidthMeters);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BlockageGraphType>>>>("activeBlockages")
            .Description("Active blockages on its fire lanes, oldest first (one query for all compounds of a response).")
            .Resolve(c => c.RequestServices!.GetRequiredService<CompoundBlockagesLoader>().Load(c.Source.Id));
        Field<NonNullGraphType<GeoJsonGraphType>>("geometry").Description("Outline as a GeoJSON MultiPolygon.").Resolve(c => c.Source.Geometry);
    }
}
