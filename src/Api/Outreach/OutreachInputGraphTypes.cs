using FireMap.Api.GraphQL.Types;
using FireMap.Api.Units;
using GraphQL.Types;

namespace FireMap.Api.Outreach;

/// <summary>Conditions of the outreach activity list.</summary>
public sealed class OutreachFilterInputGraphType : InputObjectGraphType
{
    public OutreachFilterInputGraphType()
    {
        Name = "OutreachFilter";
        Description = "Conditions of the outreach activity list; every condition given must hold.";
        Field<StringGraphType>("communityCode").Description("Only activities in this community.");
        Field<StringGraphType>("gridCode").Description("Only activities in this grid.");
        Field<ListGraphType<NonNullGraphType<OutreachKindGraphType>>>("kind").Description("Only these kinds.");
        Field<DateOnlyGraphType>("from").Description("Only activities held on or after this day.");
        Field<DateOnlyGraphType>("to").Description("Only activities held on or before this day.");
        Field<IdGraphType>("unitId").Description("Only activities at or for this unit.");
        Field<BoundingBoxInputGraphType>("bbox").Description("Only activities with a location inside this WGS84 box.");
    }
}

/// <summary>Input of <c>createOutreachActivity</c> and <c>updateOutreachActivity</c>.</summary>
public sealed class OutreachActivityInputGraphType : InputObjectGraphType
{
    public OutreachActivityInputGraphType()
    {
        Name = "OutreachActivityInput";
        Description = "An activity. Create needs kind, heldOn and where: a unit, a place, a point, or (for what has no place) the community and, for a grid's SMS, the grid. Update changes the fields given; any location field given replaces the location.";
        Field<OutreachKindGraphType>("kind").Description("Kind of activity.");
        Field<DateOnlyGraphType>("heldOn").Description("Date held; not after today (China time).");
        Field<StringGraphType>("title").Description($"Title, at most {RegisterInput.MaxNameLength} characters.");
        Field<IdGraphType>("unitId").Description("The unit it was held at or for.");
        Field<IdGraphType>("placeId").Description("The place it was held at.");
        Field<PointInputGraphType>("point").Description("Where it was held.");
        Field<StringGraphType>("communityCode").Description("The community, for an activity without unit, place or point.");
        Field<StringGraphType>("gridCode").Description("The grid (a grid's SMS).");
        Field<StringGraphType>("venue").Description("Venue as written.");
        Field<IntGraphType>("audience").Description("People reached, 0 or more.");
        Field<StringGraphType>("note").Description($"Note, at most {RegisterInput.MaxTextLength} characters.");
    }
}

/// <summary>Input of <c>saveOutreachTarget</c>.</summary>
public sealed class OutreachTargetInputGraphType : InputObjectGraphType
{
    public OutreachTargetInputGraphType()
    {
        Name = "OutreachTargetInput";
        Description = "A whole target; it replaces the stored one with the same code.";
        Field<NonNullGraphType<OutreachKindGraphType>>("kind").Description("Kind of activity counted.");
        Field<NonNullGraphType<OutreachBasisGraphType>>("basis").Description("What it is counted per.");
        Field<NonNullGraphType<IntGraphType>>("minimum").Description("Activities needed per subject, 1 or more.");
        Field<NonNullGraphType<DateOnlyGraphType>>("startsOn").Description("First day counted.");
        Field<NonNullGraphType<DateOnlyGraphType>>("endsOn").Description("Last day counted, not before startsOn.");
        Field<StringGraphType>("description").Description("The target as the seed words it.");
    }
}
