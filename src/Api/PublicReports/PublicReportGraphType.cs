using FireMap.Api.Access;
using FireMap.Api.GraphQL.Types;
using GraphQL.Types;

namespace FireMap.Api.PublicReports;

/// <summary>A report from the public in the moderation queue; nothing about the reporter is kept.</summary>
public sealed class PublicReportGraphType : ObjectGraphType<PublicReportRecord>
{
    public PublicReportGraphType()
    {
        this.Allow(AccessRule.Operate);
        Name = "PublicReport";
        Description = "A report from the public (有奖举报) waiting for moderation or handled.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id.").Resolve(c => c.Source.Id);
        Field(r => r.TrackingCode).Description("The code the reporter tracks the outcome with.");
        Field(r => r.Description).Description("What the reporter saw.");
        Field(r => r.CommunityCode, nullable: true).Description("Community the location lies in; null outside every community.");
        Field<NonNullGraphType<BooleanGraphType>>("hasPhoto").Description("A photo came with it (GET /api/public-reports/{id}/photo).").Resolve(c => c.Source.HasPhoto);
        Field<NonNullGraphType<PublicReportStatusGraphType>>("status").Description("Where it stands.").Resolve(c => c.Source.Status);
        Field<IdGraphType>("hazardId").Description("The hazard it was turned into.").Resolve(c => c.Source.HazardId);
        Field(r => r.HazardCode, nullable: true).Description("Code of that hazard.");
        Field(r => r.DismissReason, nullable: true).Description("Why it was dismissed; shown to the reporter.");
        Field(r => r.HandledBy, nullable: true).Description("User name of the moderator.");
        Field<DateTimeOffsetGraphType>("handledAt").Description("When it was handled.").Resolve(c => c.Source.HandledAt);
        Field<DecimalGraphType>("rewardCny").Description("Reward granted, yuan.").Resolve(c => c.Source.RewardCny);
        Field<DateTimeOffsetGraphType>("rewardedAt").Description("When the reward was granted.").Resolve(c => c.Source.RewardedAt);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("receivedAt").Description("When it was received.").Resolve(c => c.Source.ReceivedAt);
        Field(r => r.Version).Description("Row version, for optimistic concurrency (expectedVersion).");
        Field<NonNullGraphType<GeoJsonGraphType>>("geometry").Description("Location the reporter marked, a GeoJSON Point.").Resolve(c => c.Source.Geometry);
    }
}
