using FireMap.Api.Access;
using GraphQL.Types;

namespace FireMap.Api.FieldWork;

/// <summary>An overdue door-knock visit listed in the alerts.</summary>
public sealed class OverdueVisitGraphType : ObjectGraphType<OverdueVisit>
{
    public OverdueVisitGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "OverdueVisit";
        Description = "A vulnerable resident whose door-knock visit is overdue; who it is only for readers of personal data.";
        Field<IdGraphType>("residentId").Description("Id of the resident; null without the personal rule.").Resolve(c => c.Source.ResidentId);
        Field(v => v.Name, nullable: true).Description("Name of the resident; null without the personal rule.");
        Field<NonNullGraphType<VulnerableCategoryGraphType>>("category").Description("Category of the resident.").Resolve(c => c.Source.Category);
        Field(v => v.CommunityCode).Description("Division code of the community.");
        Field(v => v.GridCode, nullable: true).Description("Code of the grid.");
        Field<NonNullGraphType<DateOnlyGraphType>>("dueOn").Description("The date the visit was due.").Resolve(c => c.Source.DueOn);
    }
}
