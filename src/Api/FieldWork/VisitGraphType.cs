using FireMap.Api.Access;
using FireMap.Api.Hazards;
using GraphQL.Types;
using FireMap.Api.Photos;

namespace FireMap.Api.FieldWork;

/// <summary>A door-knock visit (敲门行动): personal data.</summary>
public sealed class VisitGraphType : ObjectGraphType<VisitRecord>
{
    public VisitGraphType()
    {
        this.Allow(AccessRule.Personal);
        Name = "Visit";
        Description = "A door-knock visit (敲门行动) to a registered vulnerable resident.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id.").Resolve(c => c.Source.Id);
        Field<VulnerableResidentGraphType>("resident").Description("The resident visited (an audited read); null outside the reader's scope.")
            .Resolve(c => c.RequestServices!.GetRequiredService<ResidentLoader>().Load(c.Source.ResidentId));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("visitedAt").Description("When.").Resolve(c => c.Source.VisitedAt);
        Field<IdGraphType>("visitorId").Description("Account of the visitor; null for imported visits.").Resolve(c => c.Source.VisitorId);
        Field(v => v.VisitorName).Description("Name of the visitor.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<VisitCheckGraphType>>>>("checks").Description("The checks made.").Resolve(c => c.Source.Checks);
        Field(v => v.Notes, nullable: true).Description("Notes.");
        Field<HazardGraphType>("hazard").Description("The hazard the visit raised; null when none.")
            .Resolve(c => c.Source.HazardId is long id ? c.RequestServices!.GetRequiredService<FieldWorkLoader>().Hazard(id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RecordPhotoGraphType>>>>("photos").Description("Photos taken.").Resolve(c => c.Source.PhotoIds);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Description("When it was recorded.").Resolve(c => c.Source.CreatedAt);
    }
}
