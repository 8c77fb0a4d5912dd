using FireMap.Api.GraphQL.Types;
using GraphQL.Types;

namespace FireMap.Api.Blockages;

/// <summary>A blockage report: a lane by id, or a point snapped to the nearest lane.</summary>
public sealed class ReportBlockageInputGraphType : InputObjectGraphType
{
    public ReportBlockageInputGraphType()
    {
        Name = "ReportBlockageInput";
        Description = "Give exactly one of laneId and point.";
        Field<IdGraphType>("laneId").Description("The blocked lane.");
        Field<PointInputGraphType>("point").Description($"Where the obstruction is; snapped to the nearest lane within {BlockageCommands.SnapToleranceMeters} m.");
        Field<NonNullGraphType<BlockageCauseGraphType>>("cause").Description("What obstructs the lane.");
        Field<NonNullGraphType<FloatGraphType>>("remainingWidthMeters").Description("Clear width left beside it, metres, 0 up to the lane's clear width.");
        Field<StringGraphType>("note").Description("Note, at most 500 characters.");
    }
}
