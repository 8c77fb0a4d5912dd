using GraphQL.Types.Relay;

namespace FireMap.Api.FieldWork;

/// <summary>The Relay connection of registered residents.</summary>
public sealed class VulnerableResidentConnectionGraphType : ConnectionType<VulnerableResidentGraphType, EdgeType<VulnerableResidentGraphType>>
{
    public VulnerableResidentConnectionGraphType()
    {
        Name = "VulnerableResidentConnection";
        Description = "A page of registered residents, by id, and the total.";
    }
}

/// <summary>The Relay connection of visits.</summary>
public sealed class VisitConnectionGraphType : ConnectionType<VisitGraphType, EdgeType<VisitGraphType>>
{
    public VisitConnectionGraphType()
    {
        Name = "VisitConnection";
        Description = "A page of visits, newest first, and the total.";
    }
}
