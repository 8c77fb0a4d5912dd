using FireMap.Api.Access;
using FireMap.Api.GraphQL.Types;
using GraphQL.Types;

namespace FireMap.Api.Blockages;

/// <summary>An obstruction of a fire lane, followed until cleared.</summary>
public sealed class BlockageGraphType : ObjectGraphType<BlockageRecord>
{
    public BlockageGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "Blockage";
        Description = "An obstruction of a fire lane (占用堵塞), active until cleared.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id.").Resolve(c => c.Source.Id);
        Field(b => b.Code).Description("Code, e.g. BK000012.");
        Field<NonNullGraphType<IdGraphType>>("laneId").Description("The blocked lane.").Resolve(c => c.Source.LaneId);
        Field(b => b.LaneCode).Description("Code of the blocked lane.");
        Field<NonNullGraphType<IdGraphType>>("compoundId").Description("The compound the lane serves.").Resolve(c => c.Source.CompoundId);
        Field<NonNullGraphType<BlockageCauseGraphType>>("cause").Description("What obstructs the lane.").Resolve(c => c.Source.Cause);
        Field<NonNullGraphType<FloatGraphType>>("remainingWidthMeters").Description("Clear width left beside the obstruction, metres.").Resolve(c => (double)c.Source.RemainingWidthMeters);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("reportedAt").Description("When it was reported.").Resolve(c => c.Source.ReportedAt);
        Field<DateTimeOffsetGraphType>("clearedAt").Description("When it was cleared; null while active.").Resolve(c => c.Source.ClearedAt);
        Field<NonNullGraphType<BooleanGraphType>>("active").Description("Not yet cleared.").Resolve(c => c.Source.Active);
        Field(b => b.Note, nullable: true).Description("Note.");
        Field(b => b.Version).Description("Row version, for optimistic concurrency (clearBlockage expectedVersion).");
        Field<NonNullGraphType<GeoJsonGraphType>>("geometry").Description("Location as a GeoJSON Point on the lane.").Resolve(c => c.Source.Geometry);
    }
}
