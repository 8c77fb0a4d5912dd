using FireMap.Api.GraphQL.Types;
using GraphQL.Types;

namespace FireMap.Api.Hazards;

/// <summary>A hazard report: a subject by type and id, or a point that is snapped to what it falls on.</summary>
public sealed class ReportHazardInputGraphType : InputObjectGraphType
{
    public ReportHazardInputGraphType()
    {
        Name = "ReportHazardInput";
        Description = "Give subjectType with subjectId, or a point (or both: the point is then the location).";
        Field<HazardSubjectTypeGraphType>("subjectType").Description("Kind of subject the hazard is on.");
        Field<IdGraphType>("subjectId").Description("Id of the subject.");
        Field<PointInputGraphType>("point").Description(
            $"Where the hazard is. Without a subject it is put on the building it falls in, else the nearest place or building within {HazardLocator.SnapToleranceMeters} m, else the compound it falls in, else it stays a bare point.");
        Field<NonNullGraphType<HazardCategoryGraphType>>("category").Description("Kind of hazard.");
        Field<NonNullGraphType<HazardSeverityGraphType>>("severity").Description("General or major; a major hazard is under listed supervision from the start.");
        Field<NonNullGraphType<StringGraphType>>("description").Description($"What was found, 1–{HazardInputs.MaxTextLength} characters.");
        Field<DateOnlyGraphType>("foundOn").Description("Date found; default today (China time); not after today.");
        Field<StringGraphType>("foundBy").Description("Who found it; default the signed-in user's display name.");
        Field<DateOnlyGraphType>("deadline").Description("Rectification deadline, not before foundOn; default from the configured days per category and severity.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("photoIds").Description("Photos of what was found, uploaded first with POST /api/photos.");
        Field<NonNullGraphType<StringGraphType>>("responsibleUnit").Description("Unit responsible for the rectification.");
        Field<StringGraphType>("responsiblePerson").Description("Person responsible.");
        Field<StringGraphType>("supervisingUnit").Description("For a major hazard: the supervising unit; default the configured one.");
    }
}
