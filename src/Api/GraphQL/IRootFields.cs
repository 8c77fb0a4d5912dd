using GraphQL.Types;

namespace FireMap.Api.GraphQL;

/// <summary>
/// What a feature adds to the root <c>Query</c> and <c>Mutation</c> types. Each feature registers
/// one implementation in its <c>Add&lt;Feature&gt;</c>; the root types take them all, so the shared
/// plumbing never names a feature.
/// </summary>
public interface IRootFields
{
    /// <summary>Adds the feature's queries.</summary>
    void AddQueries(ObjectGraphType query);

    /// <summary>Adds the feature's mutations; most features have none.</summary>
    void AddMutations(ObjectGraphType mutation)
    {
    }
}
