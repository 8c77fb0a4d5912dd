using FireMap.Api.Hazards;
using GraphQL.Types;

namespace FireMap.Api.FieldWork;

/// <summary>The input of <c>saveVulnerableResident</c>.</summary>
public sealed class VulnerableResidentInputGraphType : InputObjectGraphType
{
    public VulnerableResidentInputGraphType()
    {
        Name = "VulnerableResidentInput";
        Description = "A vulnerable resident to register or change.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("Name.");
        Field<NonNullGraphType<VulnerableCategoryGraphType>>("category").Description("Category.");
        Field<NonNullGraphType<StringGraphType>>("address").Description("Home address; matched to a building unless buildingId is given.");
        Field<IdGraphType>("buildingId").Description("The building, when the address does not match one.");
        Field<StringGraphType>("phone").Description("Phone.");
        Field<StringGraphType>("contactPerson").Description("Contact person.");
        Field<StringGraphType>("contactPhone").Description("The contact person's phone.");
        Field<IntGraphType>("visitFrequencyDays").Description("Visit every so many days, 1–90 (default 7).");
        Field<StringGraphType>("notes").Description("Care notes.");
    }
}

/// <summary>The filter of <c>vulnerableResidents</c>.</summary>
public sealed class VulnerableResidentFilterInputGraphType : InputObjectGraphType
{
    public VulnerableResidentFilterInputGraphType()
    {
        Name = "VulnerableResidentFilter";
        Description = "Conditions on registered residents; all given must hold.";
        Field<StringGraphType>("communityCode").Description("Division code of the community.");
        Field<StringGraphType>("gridCode").Description("Code of the grid.");
        Field<IdGraphType>("buildingId").Description("The building.");
        Field<ListGraphType<NonNullGraphType<VulnerableCategoryGraphType>>>("category").Description("Any of these categories.");
        Field<BooleanGraphType>("overdue").Description("Only overdue (true) or not overdue (false).");
    }
}

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

/// <summary>A hazard raised from a visit.</summary>
public sealed class VisitHazardInputGraphType : InputObjectGraphType
{
    public VisitHazardInputGraphType()
    {
        Name = "VisitHazardInput";
        Description = "A hazard found on a visit, raised on the resident's building.";
        Field<NonNullGraphType<HazardCategoryGraphType>>("category").Description("Kind of hazard.");
        Field<NonNullGraphType<HazardSeverityGraphType>>("severity").Description("General or major.");
        Field<NonNullGraphType<StringGraphType>>("description").Description("What was found.");
        Field<DateOnlyGraphType>("deadline").Description("Rectification deadline; default from the hazard configuration.");
        Field<StringGraphType>("responsibleUnit").Description("Responsible unit; default the building's management unit.");
        Field<StringGraphType>("responsiblePerson").Description("Responsible person.");
    }
}

/// <summary>The filter of <c>visits</c>.</summary>
public sealed class VisitFilterInputGraphType : InputObjectGraphType
{
    public VisitFilterInputGraphType()
    {
        Name = "VisitFilter";
        Description = "Conditions on visits; all given must hold.";
        Field<StringGraphType>("communityCode").Description("Division code of the community.");
        Field<StringGraphType>("gridCode").Description("Code of the grid.");
        Field<IdGraphType>("residentId").Description("The resident.");
        Field<DateOnlyGraphType>("from").Description("Visited on or after this China-time date.");
        Field<DateOnlyGraphType>("to").Description("Visited on or before this China-time date.");
        Field<IdGraphType>("visitorId").Description("Account of the visitor.");
    }
}
