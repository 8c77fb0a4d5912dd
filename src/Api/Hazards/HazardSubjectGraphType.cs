using FireMap.Api.Access;
using GraphQL.Types;

namespace FireMap.Api.Hazards;

/// <summary>What a hazard is found on.</summary>
public sealed class HazardSubjectGraphType : ObjectGraphType<HazardSubject>
{
    public HazardSubjectGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "HazardSubject";
        Description = "The building, place, compound or fire lane a hazard is found on.";
        Field<NonNullGraphType<HazardSubjectTypeGraphType>>("type").Description("Kind of subject.").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<IdGraphType>>("id").Description("Id of the subject in its own list.").Resolve(c => c.Source.Id);
        Field(s => s.Name).Description("Name of the subject (a fire lane without a name: its code).");
        Field(s => s.Address, nullable: true).Description("Address of the subject (a fire lane: its compound's).");
    }
}
