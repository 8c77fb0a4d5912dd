using FireMap.Api.GraphQL;
using GraphQL.Types;

namespace FireMap.Api.Proximity;

/// <summary>The liaisons' radius queries at the root: what lies within R metres of a centre.</summary>
public sealed class ProximityRootFields : IRootFields
{
    public void AddQueries(ObjectGraphType query) =>
        ProximityFields.AddTo(query, context => Arguments.Point(context, "center"), centerArgument: true);
}
