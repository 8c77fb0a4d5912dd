using FireMap.Api.Access;
using FireMap.Api.Hazards;
using GraphQL.Types;
using FireMap.Api.Photos;

namespace FireMap.Api.FieldWork;

/// <summary>An inspection (排查, 回头看, 滚动排查, 明查暗访, 联合检查) of a building, place, compound or fire lane.</summary>
public sealed class InspectionGraphType : ObjectGraphType<InspectionRecord>
{
    public InspectionGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "Inspection";
        Description = "An inspection of a building, place, compound or fire lane against its checklist.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<HazardSubjectTypeGraphType>>("subjectType").Description("Kind of subject inspected.").Resolve(c => c.Source.SubjectType);
        Field<NonNullGraphType<IdGraphType>>("subjectId").Description("Id of the subject.").Resolve(c => c.Source.SubjectId);
        Field(i => i.SubjectName).Description("Name of the subject (a fire lane's code when it has no name).");
        Field(i => i.Address, nullable: true).Description("Address of the subject; null for a fire lane.");
        Field<NonNullGraphType<InspectionKindGraphType>>("kind").Description("Kind of inspection.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("inspectedAt").Description("When it was done.").Resolve(c => c.Source.InspectedAt);
        Field<IdGraphType>("inspectorId").Description("Account of the inspector; null for imported inspections.").Resolve(c => c.Source.InspectorId);
        Field(i => i.InspectorName).Description("Name of the inspector.");
        Field(i => i.ChecklistCode).Description("Code of the checklist answered.");
        Field(i => i.Notes, nullable: true).Description("The inspector's notes.");
        Field(i => i.CommunityCode).Description("Division code of the subject's community.");
        Field(i => i.GridCode, nullable: true).Description("Code of the subject's grid; null outside any grid.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InspectionItemGraphType>>>>("items").Description("The answered items, in checklist order.")
            .Resolve(c =>
            {
                var checklist = c.RequestServices!.GetRequiredService<ChecklistBook>().Checklists.FirstOrDefault(l => l.Code == c.Source.ChecklistCode);
                return c.Source.Items.Select(item => new InspectionItemView(item, checklist?.Item(item.Code)?.Label ?? item.Code)).ToList();
            });
        Field<NonNullGraphType<IntGraphType>>("failedCount").Description("How many items failed.").Resolve(c => c.Source.Items.Count(i => i.Result == "fail"));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HazardGraphType>>>>("hazards").Description("The hazards its failed items raised.")
            .Resolve(c => c.RequestServices!.GetRequiredService<FieldWorkLoader>().HazardsOf(c.Source));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RecordPhotoGraphType>>>>("photos").Description("Photos taken.").Resolve(c => c.Source.PhotoIds);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Description("When it was recorded.").Resolve(c => c.Source.CreatedAt);
    }
}
