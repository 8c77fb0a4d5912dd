using FireMap.Api.Access;
using GraphQL.Types;

namespace FireMap.Api.FieldWork;

/// <summary>One check of a door-knock visit.</summary>
public sealed class VisitCheckGraphType : ObjectGraphType<VisitCheck>
{
    public VisitCheckGraphType()
    {
        this.Allow(AccessRule.Personal);
        Name = "VisitCheck";
        Description = "One check of a door-knock visit.";
        Field<NonNullGraphType<VisitCheckItemGraphType>>("item").Description("What was checked.").Resolve(c => c.Source.Item);
        Field<NonNullGraphType<CheckResultGraphType>>("result").Description("Pass, fail or not applicable.").Resolve(c => c.Source.Result);
        Field(v => v.Note, nullable: true).Description("Note.");
    }
}
