using GraphQL.Types;

namespace FireMap.Api.GraphQL;

/// <summary>The root of every change: the mutations every registered feature adds. Each change is audited.</summary>
public sealed class MutationGraphType : ObjectGraphType
{
    public MutationGraphType(IEnumerable<IRootFields> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        Name = "Mutation";
        Description = "Changes. The actor recorded in the audit log is the signed-in user.";
        foreach (var feature in features)
        {
            feature.AddMutations(this);
        }
    }
}
