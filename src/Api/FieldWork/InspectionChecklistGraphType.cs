using FireMap.Api.Access;
using FireMap.Api.Hazards;
using FireMap.Api.Places;
using GraphQL.Types;

namespace FireMap.Api.FieldWork;

/// <summary>An inspection checklist from the configuration file.</summary>
public sealed class InspectionChecklistGraphType : ObjectGraphType<Checklist>
{
    public InspectionChecklistGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "InspectionChecklist";
        Description = "An inspection checklist per kind of subject (configuration, data/field/checklists.json).";
        Field(c => c.Code).Description("Stable code of the checklist, e.g. high_rise.");
        Field(c => c.Label).Description("Chinese label.");
        Field(c => c.LabelEn).Description("English label.");
        Field<NonNullGraphType<HazardSubjectTypeGraphType>>("subjectType").Description("Kind of subject it applies to.").Resolve(c => c.Source.SubjectType);
        Field(c => c.HighRise, nullable: true).Description("True: high-rise buildings only; false: other buildings only; null: any.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlaceCategoryGraphType>>>>("placeCategories")
            .Description("The place categories it applies to; empty: any.").Resolve(c => c.Source.PlaceCategories);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChecklistItemGraphType>>>>("items").Description("The items, in order.").Resolve(c => c.Source.Items);
    }
}
