using FireMap.Api.GraphQL.Types;
using GraphQL.Types;

namespace FireMap.Api.Units;

/// <summary>Conditions of the unit list; all given conditions must hold.</summary>
public sealed class UnitFilterInputGraphType : InputObjectGraphType
{
    public UnitFilterInputGraphType()
    {
        Name = "UnitFilter";
        Description = "Conditions of the unit list; every condition given must hold, absent ones do not filter.";
        Field<StringGraphType>("communityCode").Description("Only units in this community (division code).");
        Field<StringGraphType>("gridCode").Description("Only units in this grid.");
        Field<ListGraphType<NonNullGraphType<UnitKindGraphType>>>("kind").Description("Only these kinds.");
        Field<BooleanGraphType>("keyUnit").Description("true: only key units; false: only the others.");
        Field<UnitConcernGraphType>("concern").Description("Only units the register finds this concern in.");
        Field<BooleanGraphType>("commitmentOverdue").Description("true: only units whose commitment was never signed or is past due; false: only the others.");
        Field<StringGraphType>("search").Description("Only units whose name, code or address contains this text.");
        Field<BoundingBoxInputGraphType>("bbox").Description("Only units inside this WGS84 box.");
    }
}

/// <summary>Input of <c>createUnit</c> and <c>updateUnit</c>.</summary>
public sealed class UnitInputGraphType : InputObjectGraphType
{
    public UnitInputGraphType()
    {
        Name = "UnitInput";
        Description = "A unit's fields. createUnit needs name and kind, and a point or a place or building; updateUnit changes the fields given and leaves the others.";
        Field<StringGraphType>("name").Description("Name, 1–200 characters.");
        Field<UnitKindGraphType>("kind").Description("Kind of unit.");
        Field<StringGraphType>("address").Description("Address.");
        Field<BooleanGraphType>("keyUnit").Description("A key unit for fire safety.");
        Field<StringGraphType>("responsibleName").Description("Fire-safety responsible person: personal data (the personal rule). Empty clears it.");
        Field<StringGraphType>("responsiblePhone").Description("Their phone: personal data.");
        Field<StringGraphType>("managerName").Description("Fire-safety manager: personal data.");
        Field<StringGraphType>("managerPhone").Description("Their phone: personal data.");
        Field<DateOnlyGraphType>("selfInspectedOn").Description("Last self-inspection.");
        Field<DateOnlyGraphType>("commitmentSignedOn").Description("When the public commitment was signed.");
        Field<DateOnlyGraphType>("commitmentNextDue").Description("When it is next due; not before it was signed.");
        Field<BooleanGraphType>("commitmentPosted").Description("Whether it is posted in public view.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("buildingIds").Description($"The buildings it occupies (replaces them), at most {UnitChange.MaxPremises}.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("placeIds").Description($"The places it occupies (replaces them), at most {UnitChange.MaxPremises}.");
        Field<ListGraphType<NonNullGraphType<UnitTrainingInputGraphType>>>("trainings").Description("Key persons trained, each kind once (replaces them).");
        Field<PointInputGraphType>("point").Description("Where it is; default the first place, else a point on the first building.");
    }
}

/// <summary>Key persons of one kind trained, as given.</summary>
public sealed class UnitTrainingInputGraphType : InputObjectGraphType
{
    public UnitTrainingInputGraphType()
    {
        Name = "UnitTrainingInput";
        Description = "Key persons of one of the eight kinds trained.";
        Field<NonNullGraphType<KeyPersonKindGraphType>>("kind").Description("Kind of key person.");
        Field<NonNullGraphType<IntGraphType>>("people").Description("How many are trained, 0 or more.");
        Field<DateOnlyGraphType>("trainedOn").Description("When last trained.");
    }
}
