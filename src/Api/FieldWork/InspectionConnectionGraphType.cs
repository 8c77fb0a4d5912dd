using GraphQL.Types.Relay;

namespace FireMap.Api.FieldWork;

/// <summary>The Relay connection of inspections.</summary>
public sealed class InspectionConnectionGraphType : ConnectionType<InspectionGraphType, EdgeType<InspectionGraphType>>
{
    public InspectionConnectionGraphType()
    {
        Name = "InspectionConnection";
        Description = "A page of inspections, newest first, and the total.";
    }
}
