using GraphQL.Types;

namespace FireMap.Api.FieldWork;

/// <summary>One check of <c>recordVisit</c>.</summary>
public sealed class VisitCheckInputGraphType : InputObjectGraphType
{
    public VisitCheckInputGraphType()
    {
        Name = "VisitCheckInput";
        Description = "One check of a visit.";
        Field<NonNullGraphType<VisitCheckItemGraphType>>("item").Description("What was checked.");
        Field<NonNullGraphType<CheckResultGraphType>>("result").Description("Pass, fail or not applicable.");
        Field<StringGraphType>("note").Description("Note.");
    }
}
