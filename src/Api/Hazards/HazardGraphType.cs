using FireMap.Api.Access;
using FireMap.Api.GraphQL.Types;
using FireMap.Api.Photos;
using GraphQL.Types;

namespace FireMap.Api.Hazards;

/// <summary>A fire hazard (隐患) in its rectification workflow.</summary>
public sealed class HazardGraphType : ObjectGraphType<HazardRecord>
{
    public HazardGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "Hazard";
        Description = "A fire hazard (隐患): found (发现), rectified (整改), re-inspected (复查) and closed (销号) by its deadline.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id.").Resolve(c => c.Source.Id);
        Field(h => h.Code).Description("Code, e.g. YH0012 (imported) or YH20261205-301 (reported here).");
        Field<HazardSubjectGraphType>("subject").Description("What it is found on; null for a hazard on a bare point.").Resolve(c => c.Source.Subject);
        Field<NonNullGraphType<HazardCategoryGraphType>>("category").Description("Kind of hazard.").Resolve(c => c.Source.Category);
        Field<NonNullGraphType<HazardSeverityGraphType>>("severity").Description("General or major (重大隐患).").Resolve(c => c.Source.Severity);
        Field(h => h.Description).Description("What was found.");
        Field<NonNullGraphType<DateOnlyGraphType>>("foundOn").Description("Date found (China time).").Resolve(c => c.Source.FoundOn);
        Field(h => h.FoundBy, nullable: true).Description("Who found it; null for imported hazards that do not say.");
        Field<NonNullGraphType<DateOnlyGraphType>>("deadline").Description("Rectification deadline (整改期限), China time.").Resolve(c => c.Source.Deadline);
        Field(h => h.ResponsibleUnit).Description("Unit responsible for the rectification (责任单位).");
        Field(h => h.ResponsiblePerson, nullable: true).Description("Person responsible (责任人), a role or a name.");
        Field<NonNullGraphType<HazardStatusGraphType>>("status").Description("Where it stands in the workflow.").Resolve(c => c.Source.Status);
        Field(h => h.Supervised).Description("Under listed supervision (挂牌督办).");
        Field(h => h.SupervisingUnit, nullable: true).Description("Unit supervising it; null when not supervised or not recorded.");
        Field<DateOnlyGraphType>("supervisedOn").Description("Date the supervision was listed.").Resolve(c => c.Source.SupervisedOn);
        Field<NonNullGraphType<BooleanGraphType>>("overdue").Description("Open after its deadline, by today's China-time date.")
            .Resolve(c => c.Source.IsOverdueOn(Today(c)));
        Field<NonNullGraphType<IntGraphType>>("daysOverdue").Description("Calendar days past the deadline (Asia/Shanghai); 0 when not overdue.")
            .Resolve(c => c.Source.DaysOverdueOn(Today(c)));
        Field<DateTimeOffsetGraphType>("submittedAt").Description("When the rectification was last submitted for review.").Resolve(c => c.Source.SubmittedAt);
        Field<DateTimeOffsetGraphType>("reviewedAt").Description("When it was last re-inspected.").Resolve(c => c.Source.ReviewedAt);
        Field(h => h.ReviewNote, nullable: true).Description("Finding of the last re-inspection.");
        Field<DateTimeOffsetGraphType>("closedAt").Description("When it was closed (销号); null while open.").Resolve(c => c.Source.ClosedAt);
        Field(h => h.ClosingNote, nullable: true).Description("Note of the closing review.");
        Field<IdGraphType>("compoundId").Description("The compound it belongs to, if any.").Resolve(c => c.Source.CompoundId);
        Field(h => h.CommunityCode, nullable: true).Description("Division code of its community.");
        Field(h => h.GridCode, nullable: true).Description("Code of its grid, if it lies in one.");
        Field(h => h.Version).Description("Row version, for optimistic concurrency (expectedVersion of every change).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HazardTransitionGraphType>>>>("history")
            .Description("Every step of the workflow, oldest first (hazards imported with their status have no steps before the import).")
            .Resolve(c => c.RequestServices!.GetRequiredService<HazardTransitionsLoader>().Load(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RecordPhotoGraphType>>>>("photos")
            .Description("Photos taken when it was found and when its rectification was submitted, oldest first.")
            .Resolve(c => c.RequestServices!.GetRequiredService<HazardPhotosLoader>().Load(c.Source.Id));
        Field<NonNullGraphType<GeoJsonGraphType>>("geometry").Description("Location as a GeoJSON Point.").Resolve(c => c.Source.Geometry);
    }

    private static DateOnly Today(global::GraphQL.IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<HazardCalendar>().Today;
}
