using GraphQL.Types;

namespace FireMap.Api.FieldWork;

/// <summary>The input of <c>recordVisit</c>.</summary>
public sealed class RecordVisitInputGraphType : InputObjectGraphType
{
    public RecordVisitInputGraphType()
    {
        Name = "RecordVisitInput";
        Description = "A door-knock visit to record; the visitor is the signed-in user.";
        Field<NonNullGraphType<IdGraphType>>("residentId").Description("The resident visited.");
        Field<DateTimeOffsetGraphType>("visitedAt").Description("When; default now; not in the future.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<VisitCheckInputGraphType>>>>("checks").Description("The checks, each item at most once.");
        Field<StringGraphType>("notes").Description($"Notes, at most {FieldInputs.MaxNotesLength} characters.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("photoIds").Description("Photos uploaded through POST /api/photos.");
        Field<VisitHazardInputGraphType>("raiseHazard").Description("A hazard found, raised on the resident's building.");
    }
}
