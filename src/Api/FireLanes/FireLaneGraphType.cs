using FireMap.Api.Access;
using FireMap.Api.GraphQL.Types;
using GraphQL.Types;

namespace FireMap.Api.FireLanes;

/// <summary>A fire lane (消防车通道) with its current state.</summary>
public sealed class FireLaneGraphType : ObjectGraphType<FireLaneRecord>
{
    public FireLaneGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "FireLane";
        Description = "A fire lane serving a compound, with its state from its dimensions and active blockages.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id.").Resolve(c => c.Source.Id);
        Field(l => l.Code).Description("Natural key from the source data.");
        Field(l => l.Name, nullable: true).Description("Name.");
        Field<NonNullGraphType<IdGraphType>>("compoundId").Description("The compound the lane serves.").Resolve(c => c.Source.CompoundId);
        Field(l => l.CompoundName).Description("Name of the compound the lane serves.");
        Field<NonNullGraphType<FloatGraphType>>("clearWidthMeters").Description("Designed clear width, metres.").Resolve(c => (double)c.Source.ClearWidthMeters);
        Field<NonNullGraphType<FloatGraphType>>("clearHeightMeters").Description("Designed clear height, metres.").Resolve(c => (double)c.Source.ClearHeightMeters);
        Field<NonNullGraphType<FireLaneStatusGraphType>>("status").Description("Current state.").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<FloatGraphType>>("effectiveWidthMeters").Description("Width left now: the clear width or the narrowest gap beside an active blockage.").Resolve(c => (double)c.Source.EffectiveWidthMeters);
        Field(l => l.ActiveBlockages).Description("Number of active blockages.");
        Field(l => l.LengthMeters).Description("Geodesic length, metres.");
        Field<NonNullGraphType<GeoJsonGraphType>>("geometry").Description("Centre line as a GeoJSON LineString.").Resolve(c => c.Source.Geometry);
    }
}
