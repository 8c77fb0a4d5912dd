using FireMap.Api.GraphQL.Types;
using GraphQL.Types;

namespace FireMap.Api.Incidents;

/// <summary>An incident to enter, or the members of one to change.</summary>
public sealed class IncidentInputGraphType : InputObjectGraphType
{
    public IncidentInputGraphType()
    {
        Name = "IncidentInput";
        Description = "On entry occurredAt, cause and point are required; on edit an absent member keeps its value.";
        Field<DateTimeOffsetGraphType>("occurredAt").Description("When the fire broke out; not in the future.");
        Field<IncidentCauseGraphType>("cause").Description("Cause.");
        Field<PointInputGraphType>("point").Description("Where, WGS84.");
        Field<IdGraphType>("buildingId").Description("Building it happened in.");
        Field<IdGraphType>("placeId").Description("Place it happened in.");
        Field<IntGraphType>("casualties").Description("People killed or injured, 0 or more.");
        Field<DecimalGraphType>("lossCny").Description("Direct loss, yuan, 0 or more.");
        Field<StringGraphType>("description").Description("What happened, at most 1000 characters.");
    }
}
