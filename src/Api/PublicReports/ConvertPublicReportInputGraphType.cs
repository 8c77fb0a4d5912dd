using FireMap.Api.Hazards;
using GraphQL.Types;

namespace FireMap.Api.PublicReports;

/// <summary>The hazard a report becomes: its classification, and optionally the subject it is on.</summary>
public sealed class ConvertPublicReportInputGraphType : InputObjectGraphType
{
    public ConvertPublicReportInputGraphType()
    {
        Name = "ConvertPublicReportInput";
        Description = "The hazard to report from a public report; located at the report's point unless a subject is given.";
        Field<HazardSubjectTypeGraphType>("subjectType").Description("Kind of subject the hazard is on.");
        Field<IdGraphType>("subjectId").Description("Id of the subject.");
        Field<NonNullGraphType<HazardCategoryGraphType>>("category").Description("Kind of hazard.");
        Field<NonNullGraphType<HazardSeverityGraphType>>("severity").Description("General or major.");
        Field<StringGraphType>("description").Description("What was found; default the reporter's text.");
        Field<DateOnlyGraphType>("deadline").Description("Rectification deadline; default from the configured days.");
        Field<NonNullGraphType<StringGraphType>>("responsibleUnit").Description("Unit responsible for the rectification.");
    }
}
