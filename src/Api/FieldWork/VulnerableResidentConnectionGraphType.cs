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
