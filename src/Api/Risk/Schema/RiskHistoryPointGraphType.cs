using FireMap.Api.Access;
using FireMap.Api.Risk.Ranking;
using FireMap.Spatial.Risk.Model;
using GraphQL.Types;

namespace FireMap.Api.Risk.Schema;

/// <summary>A compound's score in one stored run.</summary>
public sealed class RiskHistoryPointGraphType : ObjectGraphType<RiskHistoryPoint>
{
    public RiskHistoryPointGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "RiskHistoryPoint";
        Description = "A compound's score in one stored run (model version and as-of date).";
        Field<NonNullGraphType<DateOnlyGraphType>>("asOf").Description("The China-time date the run describes.").Resolve(c => c.Source.AsOf);
        Field<NonNullGraphType<StringGraphType>>("modelVersion").Description("Version of the risk model of the run.").Resolve(c => c.Source.ModelVersion);
        Field<NonNullGraphType<FloatGraphType>>("score").Description("The compound's score, 0–100.").Resolve(c => c.Source.Score);
        Field<NonNullGraphType<RiskLevelGraphType>>("level").Description("Its level.").Resolve(c => c.Source.Level.Key());
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("computedAt").Description("When this score was computed.").Resolve(c => c.Source.ComputedAt);
        Field<NonNullGraphType<IdGraphType>>("runId").Description("Id of the run.").Resolve(c => c.Source.RunId);
    }
}
