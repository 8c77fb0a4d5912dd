using GraphQL.Types;

namespace FireMap.Api.FieldWork;

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
