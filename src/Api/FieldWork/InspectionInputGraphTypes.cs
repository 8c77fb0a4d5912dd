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

/// <summary>One answered checklist item of <c>recordInspection</c>.</summary>
public sealed class InspectionItemInputGraphType : InputObjectGraphType
{
    public InspectionItemInputGraphType()
    {
        Name = "InspectionItemInput";
        Description = "One answered checklist item.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("Code of the checklist item.");
        Field<NonNullGraphType<CheckResultGraphType>>("result").Description("Pass, fail or not applicable.");
        Field<StringGraphType>("note").Description($"Note, at most {FieldInputs.MaxTextLength} characters.");
        Field<RaiseHazardInputGraphType>("raiseHazard").Description("Raise a hazard from this failure (only with FAIL).");
    }
}

/// <summary>A hazard raised from a failed checklist item.</summary>
public sealed class RaiseHazardInputGraphType : InputObjectGraphType
{
    public RaiseHazardInputGraphType()
    {
        Name = "RaiseHazardInput";
        Description = "A hazard to raise from a failed item, in the category the checklist item names.";
        Field<NonNullGraphType<HazardSeverityGraphType>>("severity").Description("General or major.");
        Field<NonNullGraphType<StringGraphType>>("description").Description("What was found.");
        Field<DateOnlyGraphType>("deadline").Description("Rectification deadline; default from the hazard configuration.");
        Field<StringGraphType>("responsibleUnit").Description("Responsible unit; default the subject's management unit.");
        Field<StringGraphType>("responsiblePerson").Description("Responsible person.");
    }
}

/// <summary>The filter of <c>inspections</c>.</summary>
public sealed class InspectionFilterInputGraphType : InputObjectGraphType
{
    public InspectionFilterInputGraphType()
    {
        Name = "InspectionFilter";
        Description = "Conditions on inspections; all given must hold.";
        Field<StringGraphType>("communityCode").Description("Division code of the community.");
        Field<StringGraphType>("gridCode").Description("Code of the grid.");
        Field<HazardSubjectTypeGraphType>("subjectType").Description("Kind of subject.");
        Field<IdGraphType>("subjectId").Description("Id of the subject (with subjectType).");
        Field<ListGraphType<NonNullGraphType<InspectionKindGraphType>>>("kind").Description("Any of these kinds.");
        Field<DateOnlyGraphType>("from").Description("Inspected on or after this China-time date.");
        Field<DateOnlyGraphType>("to").Description("Inspected on or before this China-time date.");
        Field<IdGraphType>("inspectorId").Description("Account of the inspector.");
    }
}

/// <summary>A period of China-time dates, both inclusive.</summary>
public sealed class PeriodInputGraphType : InputObjectGraphType
{
    public PeriodInputGraphType()
    {
        Name = "PeriodInput";
        Description = "A period of China-time (Asia/Shanghai) dates, both inclusive.";
        Field<NonNullGraphType<DateOnlyGraphType>>("from").Description("First day.");
        Field<NonNullGraphType<DateOnlyGraphType>>("to").Description("Last day.");
    }
}
