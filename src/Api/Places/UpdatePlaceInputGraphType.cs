using GraphQL.Types;

namespace FireMap.Api.Places;

/// <summary>Input of <c>updatePlace</c>: only the fields given change; an empty text or null clears it.</summary>
public sealed class UpdatePlaceInputGraphType : InputObjectGraphType
{
    public UpdatePlaceInputGraphType()
    {
        Name = "UpdatePlaceInput";
        Description = "Fields of a place's record to change; absent fields stay as they are.";
        Field<StringGraphType>("responsibleUnit").Description("Unit responsible for the place's fire safety (责任单位); an empty text clears it.");
        Field<DateOnlyGraphType>("selfInspectionDate").Description("Date of the self-inspection commitment (自查承诺); null clears it.");
    }
}
