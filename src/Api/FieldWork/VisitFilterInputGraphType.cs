using GraphQL.Types;

namespace FireMap.Api.FieldWork;

/// <summary>The filter of <c>visits</c>.</summary>
public sealed class VisitFilterInputGraphType : InputObjectGraphType
{
    public VisitFilterInputGraphType()
    {
        Name = "VisitFilter";
        Description = "Conditions on visits; all given must hold.";
        Field<StringGraphType>("communityCode").Description("Division code of the community.");
        Field<StringGraphType>("gridCode").Description("Code of the grid.");
        Field<IdGraphType>("residentId").Description("The resident.");
        Field<DateOnlyGraphType>("from").Description("Visited on or after this China-time date.");
        Field<DateOnlyGraphType>("to").Description("Visited on or before this China-time date.");
        Field<IdGraphType>("visitorId").Description("Account of the visitor.");
    }
}
