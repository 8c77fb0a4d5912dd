using FireMap.Api.Access;
using GraphQL.Types;

namespace FireMap.Api.Proximity;

/// <summary>A count of hits sharing one stored code.</summary>
public sealed class CategoryCountGraphType : ObjectGraphType<CountBy>
{
    public CategoryCountGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "CategoryCount";
        Description = "How many hits share one code (a use class, a place category or a status, in stored lower-case form).";
        Field(c => c.Key).Description("The stored code, e.g. residential, market, fault.");
        Field(c => c.Count).Description("Number of hits with that code.");
    }
}
