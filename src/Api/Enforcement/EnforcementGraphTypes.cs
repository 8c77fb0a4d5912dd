using FireMap.Api.Access;
using FireMap.Api.GraphQL.Types;
using FireMap.Api.Hazards;
using FireMap.Api.Vocabulary;
using FireMap.Spatial.Vocabulary;
using GraphQL.Types;

namespace FireMap.Api.Enforcement;

/// <summary>GraphQL enum of <see cref="Codes.EnforcementKind"/>.</summary>
public sealed class EnforcementKindGraphType() : CodeListGraphType(Codes.EnforcementKind);

/// <summary>GraphQL enum of <see cref="Codes.EnforcementStatus"/>.</summary>
public sealed class EnforcementStatusGraphType() : CodeListGraphType(Codes.EnforcementStatus);

/// <summary>An enforcement case.</summary>
public sealed class EnforcementCaseGraphType : ObjectGraphType<EnforcementCaseRecord>
{
    public EnforcementCaseGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "EnforcementCase";
        Description = "An enforcement case (执法) against a unit or place: 约谈, 责令整改, 查封, 关停, 取缔, 通报移送, 联合惩戒, 移交处理.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id.").Resolve(c => c.Source.Id);
        Field(e => e.Code).Description("Code, e.g. ZF20261205-7.");
        Field<NonNullGraphType<EnforcementKindGraphType>>("kind").Description("Kind of case.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<EnforcementStatusGraphType>>("status").Description("Open or closed.").Resolve(c => c.Source.Status);
        Field<IdGraphType>("unitId").Description("The unit it is against.").Resolve(c => c.Source.UnitId);
        Field(e => e.UnitName, nullable: true).Description("Name of that unit.");
        Field<IdGraphType>("placeId").Description("The place it is against.").Resolve(c => c.Source.PlaceId);
        Field(e => e.PlaceName, nullable: true).Description("Name of that place.");
        Field(e => e.Party).Description("The party as named in the case (当事单位).");
        Field(e => e.Description).Description("What the case is about.");
        Field<NonNullGraphType<DateOnlyGraphType>>("openedOn").Description("Date opened.").Resolve(c => c.Source.OpenedOn);
        Field<DateOnlyGraphType>("deadline").Description("Deadline set (整改期限, 停业期限…).").Resolve(c => c.Source.Deadline);
        Field(e => e.Department, nullable: true).Description("The department a case was notified or transferred to.");
        Field<DateOnlyGraphType>("closedOn").Description("Date closed (办结).").Resolve(c => c.Source.ClosedOn);
        Field(e => e.Outcome, nullable: true).Description("Outcome recorded when closed.");
        Field<NonNullGraphType<BooleanGraphType>>("overdue").Description("Open after its deadline, by today's China-time date.")
            .Resolve(c => c.Source.IsOverdueOn(c.RequestServices!.GetRequiredService<HazardCalendar>().Today));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("hazardIds").Description("Linked hazards.").Resolve(c => c.Source.HazardIds);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("hazardCodes").Description("Codes of the linked hazards.").Resolve(c => c.Source.HazardCodes);
        Field(e => e.CommunityCode).Description("Division code of its community.");
        Field(e => e.GridCode, nullable: true).Description("Code of its grid.");
        Field(e => e.Version).Description("Row version, for optimistic concurrency.");
        Field<NonNullGraphType<GeoJsonGraphType>>("geometry").Description("Location as a GeoJSON Point.").Resolve(c => c.Source.Geometry);
    }
}

/// <summary>Enforcement cases of one community, for 执法清零.</summary>
public sealed class EnforcementClearanceGraphType : ObjectGraphType<EnforcementClearance>
{
    public EnforcementClearanceGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "EnforcementClearance";
        Description = "Enforcement cases of one community: 执法清零 when none is open.";
        Field(e => e.CommunityCode).Description("Division code.");
        Field(e => e.CommunityName).Description("Name of the community.");
        Field(e => e.Open).Description("Cases open.");
        Field(e => e.Overdue).Description("Open cases past their deadline (China time).");
        Field(e => e.Closed).Description("Cases closed.");
        Field(e => e.Cleared).Description("No case open (执法清零).");
    }
}

/// <summary>Conditions of the enforcement case list.</summary>
public sealed class EnforcementFilterInputGraphType : InputObjectGraphType
{
    public EnforcementFilterInputGraphType()
    {
        Name = "EnforcementFilter";
        Description = "Conditions of the enforcement case list; every condition given must hold.";
        Field<StringGraphType>("communityCode").Description("Only cases in this community.");
        Field<StringGraphType>("gridCode").Description("Only cases in this grid.");
        Field<ListGraphType<NonNullGraphType<EnforcementKindGraphType>>>("kind").Description("Only these kinds.");
        Field<BooleanGraphType>("open").Description("true: only open cases; false: only closed ones.");
        Field<BooleanGraphType>("overdue").Description("true: only open cases past their deadline; false: only the others.");
        Field<IdGraphType>("unitId").Description("Only cases against this unit.");
        Field<BoundingBoxInputGraphType>("bbox").Description("Only cases inside this WGS84 box.");
    }
}

/// <summary>Input of <c>openEnforcementCase</c> and <c>updateEnforcementCase</c>.</summary>
public sealed class EnforcementCaseInputGraphType : InputObjectGraphType
{
    public EnforcementCaseInputGraphType()
    {
        Name = "EnforcementCaseInput";
        Description = "A case. Opening needs kind and the unit, place or point it is against (party then defaults to the unit's or place's name). Update changes the fields given (not where the case is).";
        Field<EnforcementKindGraphType>("kind").Description("Kind of case.");
        Field<IdGraphType>("unitId").Description("The unit it is against (opening only).");
        Field<IdGraphType>("placeId").Description("The place it is against (opening only).");
        Field<PointInputGraphType>("point").Description("Where it is, when neither unit nor place (opening only).");
        Field<StringGraphType>("party").Description("The party as named in the case.");
        Field<StringGraphType>("description").Description("What the case is about.");
        Field<DateOnlyGraphType>("openedOn").Description("Date opened; default today; not after today.");
        Field<DateOnlyGraphType>("deadline").Description("Deadline, not before openedOn; null clears it.");
        Field<StringGraphType>("department").Description("Department it was notified or transferred to.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("hazardIds").Description($"Linked hazards in the case's community, at most {EnforcementChange.MaxHazards} (replaces them).");
    }
}
