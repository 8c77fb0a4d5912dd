using GraphQL.Types.Relay;

namespace FireMap.Api.FieldWork;

/// <summary>The Relay connection of visits.</summary>
public sealed class VisitConnectionGraphType : ConnectionType<VisitGraphType, EdgeType<VisitGraphType>>
{
    public VisitConnectionGraphType()
    {
        Name = "VisitConnection";
        Description = "A page of visits, newest first, and the total.";
    }
}
