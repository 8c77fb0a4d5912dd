using FireMap.Api.Hazards;
using GraphQL.Types;

namespace FireMap.Api.FieldWork;

/// <summary>The input of <c>recordInspection</c>.</summary>
public sealed class RecordInspectionInputGraphType : InputObjectGraphType
{
    public RecordInspectionInputGraphType()
    {
        Name = "RecordInspectionInput";
        Description = "An inspection to record; the inspector is the signed-in user.";
        Field<NonNullGraphType<HazardSubjectTypeGraphType>>("subjectType").Description("Kind of subject inspected.");
        Field<NonNullGraphType<IdGraphType>>("subjectId").Description("Id of the subject.");
        Field<NonNullGraphType<InspectionKindGraphType>>("kind").Description("Kind of inspection.");
        Field<DateTimeOffsetGraphType>("inspectedAt").Description("When it was done; default now; not in the future.");
        Field<StringGraphType>("notes").Description($"Notes, at most {FieldInputs.MaxNotesLength} characters.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("photoIds").Description("Photos uploaded through POST /api/photos.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InspectionItemInputGraphType>>>>("items")
            .Description("The answered items: at least one, codes from the subject's checklist, each at most once.");
    }
}
