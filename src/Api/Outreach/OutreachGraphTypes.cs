using FireMap.Api.Access;
using FireMap.Api.GraphQL.Types;
using GraphQL.Types;

namespace FireMap.Api.Outreach;

/// <summary>An outreach or training activity.</summary>
public sealed class OutreachActivityGraphType : ObjectGraphType<OutreachActivityRecord>
{
    public OutreachActivityGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "OutreachActivity";
        Description = "An outreach or training activity (宣传培训): 五进, 三提示, 一懂三会, drills, open days, publicity points, screens, grid SMS, online learning.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id.").Resolve(c => c.Source.Id);
        Field(a => a.Code).Description("Code, e.g. XC0042.");
        Field<NonNullGraphType<OutreachKindGraphType>>("kind").Description("Kind of activity.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<DateOnlyGraphType>>("heldOn").Description("Date held (China time).").Resolve(c => c.Source.HeldOn);
        Field(a => a.Title).Description("Title.");
        Field<IdGraphType>("unitId").Description("The unit it was held at or for.").Resolve(c => c.Source.UnitId);
        Field(a => a.UnitName, nullable: true).Description("Name of that unit.");
        Field<IdGraphType>("placeId").Description("The place it was held at.").Resolve(c => c.Source.PlaceId);
        Field(a => a.PlaceName, nullable: true).Description("Name of that place.");
        Field(a => a.Venue).Description("Venue as written.");
        Field(a => a.Audience).Description("Audience: people reached, trained or signed up.");
        Field(a => a.Note).Description("Note.");
        Field(a => a.CommunityCode).Description("Division code of its community.");
        Field(a => a.GridCode, nullable: true).Description("Code of its grid.");
        Field(a => a.Version).Description("Row version, for optimistic concurrency.");
        Field<GeoJsonGraphType>("geometry").Description("Location as a GeoJSON Point; null for what has no place (a grid's SMS).").Resolve(c => c.Source.Geometry);
    }
}

/// <summary>An outreach target of the seed.</summary>
public sealed class OutreachTargetGraphType : ObjectGraphType<OutreachTargetRecord>
{
    public OutreachTargetGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "OutreachTarget";
        Description = "A target of the seed, the same for every community: at least `minimum` activities of `kind` per `basis` between startsOn and endsOn.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id.").Resolve(c => c.Source.Id);
        Field(t => t.Code).Description("Code, e.g. sms-per-grid-month.");
        Field<NonNullGraphType<OutreachKindGraphType>>("kind").Description("Kind of activity counted.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<OutreachBasisGraphType>>("basis").Description("What it is counted per.").Resolve(c => c.Source.Basis);
        Field(t => t.Minimum).Description("Activities needed per subject.");
        Field<NonNullGraphType<DateOnlyGraphType>>("startsOn").Description("First day counted.").Resolve(c => c.Source.StartsOn);
        Field<NonNullGraphType<DateOnlyGraphType>>("endsOn").Description("Last day counted.").Resolve(c => c.Source.EndsOn);
        Field(t => t.Description).Description("The target as the seed words it.");
        Field(t => t.Version).Description("Row version, for optimistic concurrency.");
    }
}

/// <summary>A target's attainment in one community.</summary>
public sealed class OutreachAttainmentGraphType : ObjectGraphType<OutreachAttainment>
{
    public OutreachAttainmentGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "OutreachAttainment";
        Description = "How far a community has met a target, as of a day: subjects that have the minimum of activities, of all it counts.";
        Field<NonNullGraphType<OutreachTargetGraphType>>("target").Description("The target.").Resolve(c => c.Source.Target);
        Field(a => a.CommunityCode).Description("Division code of the community.");
        Field<NonNullGraphType<DateOnlyGraphType>>("asOf").Description("The day counted to (China time).").Resolve(c => c.Source.AsOf);
        Field(a => a.Subjects).Description("Subjects counted: 1 for the community, its units or key units, its grids, or grid-months so far.");
        Field(a => a.Met).Description("Subjects with at least the minimum of activities.");
        Field(a => a.Attained).Description("Every subject met.");
        Field(a => a.Ratio).Description("met / subjects (1 when there is no subject).");
    }
}
