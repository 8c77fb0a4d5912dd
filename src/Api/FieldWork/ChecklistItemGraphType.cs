using FireMap.Api.Access;
using FireMap.Api.Hazards;
using GraphQL.Types;

namespace FireMap.Api.FieldWork;

/// <summary>One item of an inspection checklist.</summary>
public sealed class ChecklistItemGraphType : ObjectGraphType<ChecklistItem>
{
    public ChecklistItemGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "ChecklistItem";
        Description = "One item of an inspection checklist (configuration).";
        Field(i => i.Code).Description("Stable code of the item within its checklist, e.g. alarm_system.");
        Field(i => i.Label).Description("Chinese label.");
        Field(i => i.LabelEn).Description("English label.");
        Field<NonNullGraphType<HazardCategoryGraphType>>("hazardCategory").Description("Category of the hazard a failure of this item raises.")
            .Resolve(c => c.Source.HazardCategory);
    }
}
