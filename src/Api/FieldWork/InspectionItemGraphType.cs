using FireMap.Api.Access;
using FireMap.Api.Hazards;
using GraphQL.Types;

namespace FireMap.Api.FieldWork;

/// <summary>One answered item of an inspection, with its label from the checklist.</summary>
public sealed class InspectionItemGraphType : ObjectGraphType<InspectionItemView>
{
    public InspectionItemGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "InspectionItem";
        Description = "One answered checklist item of an inspection.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("Code of the checklist item.").Resolve(c => c.Source.Item.Code);
        Field<NonNullGraphType<StringGraphType>>("label").Description("Chinese label from the checklist; the code when the checklist no longer has it.")
            .Resolve(c => c.Source.Label);
        Field<NonNullGraphType<CheckResultGraphType>>("result").Description("Pass, fail or not applicable.").Resolve(c => c.Source.Item.Result);
        Field<StringGraphType>("note").Description("The inspector's note.").Resolve(c => c.Source.Item.Note);
        Field<HazardGraphType>("hazard").Description("The hazard this failure raised; null when none (or outside the reader's community).")
            .Resolve(c => c.Source.Item.HazardId is long id ? c.RequestServices!.GetRequiredService<FieldWorkLoader>().Hazard(id) : null);
    }
}
