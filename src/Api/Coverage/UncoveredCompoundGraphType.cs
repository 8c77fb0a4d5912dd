using FireMap.Api.Access;
using GraphQL.Types;

namespace FireMap.Api.Coverage;

/// <summary>A compound with buildings outside the reach asked about.</summary>
public sealed class UncoveredCompoundGraphType : ObjectGraphType<UncoveredCompound>
{
    public UncoveredCompoundGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "UncoveredCompound";
        Description = "A compound with buildings outside the reach asked about.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Id of the compound.").Resolve(c => c.Source.Id);
        Field(t => t.Code).Description("Natural key.");
        Field(t => t.Name).Description("Name.");
        Field(t => t.Buildings).Description("Its buildings (in scope).");
        Field(t => t.BuildingsOutside).Description("Its buildings outside the reach.");
        Field(t => t.OccupantsOutside).Description("Occupants of those buildings.");
    }
}
