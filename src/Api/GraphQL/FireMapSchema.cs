using GraphQL.Types;

namespace FireMap.Api.GraphQL;

/// <summary>The FireMap GraphQL schema; a singleton whose resolvers reach services through RequestServices.</summary>
public sealed class FireMapSchema : Schema
{
    public FireMapSchema(IServiceProvider services, QueryGraphType query, MutationGraphType mutation)
        : base(services)
    {
        // Every String argument and variable is checked as text from outside (TextGraphType).
        RegisterType(new Types.TextGraphType());
        Query = query;
        Mutation = mutation;
        Description = "FireMap: buildings, compounds, places, fire lanes and stations of a sub-district, and their fire risk.";
        StandardIntrospection.Enable(this);
    }

    protected override void OnBeforeInitializeType(IGraphType type)
    {
        StandardIntrospection.Complete(type);
        base.OnBeforeInitializeType(type);
    }
}
