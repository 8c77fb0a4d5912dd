using FireMap.Api.Access;
using FireMap.Api.Risk.Runs;
using GraphQL.Types;

namespace FireMap.Api.Risk.Schema;

/// <summary>A stored risk run.</summary>
public sealed class RiskRunGraphType : ObjectGraphType<RiskRunSummary>
{
    public RiskRunGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "RiskRun";
        Description = "The scores of every compound and building under one model version on one date, and how they were computed.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id; a recompute of the same version and date keeps it.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("modelVersion").Description("Version of the risk model.").Resolve(c => c.Source.ModelVersion);
        Field<NonNullGraphType<DateOnlyGraphType>>("asOf").Description("The China-time date scored.").Resolve(c => c.Source.AsOf);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("computedAt").Description("When the run was last computed in full.").Resolve(c => c.Source.ComputedAt);
        Field<NonNullGraphType<IntGraphType>>("compoundCount").Description("Compounds scored.").Resolve(c => c.Source.CompoundCount);
        Field<NonNullGraphType<IntGraphType>>("buildingCount").Description("Buildings scored (in compounds and alone).").Resolve(c => c.Source.BuildingCount);
        Field<NonNullGraphType<IntGraphType>>("durationMs").Description("Milliseconds the whole recompute took.").Resolve(c => c.Source.DurationMs);
        Field<NonNullGraphType<IntGraphType>>("gatherMs").Description("Milliseconds gathering the inputs (set-based SQL).").Resolve(c => c.Source.GatherMs);
        Field<NonNullGraphType<IntGraphType>>("scoreMs").Description("Milliseconds scoring.").Resolve(c => c.Source.ScoreMs);
        Field<NonNullGraphType<IntGraphType>>("storeMs").Description("Milliseconds storing the scores.").Resolve(c => c.Source.StoreMs);
        Field<NonNullGraphType<StringGraphType>>("trigger").Description("What started it: startup, daily, request or import.").Resolve(c => c.Source.Trigger);
        Field<NonNullGraphType<StringGraphType>>("actor").Description("Who asked for it (system for the service itself).").Resolve(c => c.Source.Actor);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RiskLevelCountGraphType>>>>("compoundLevels")
            .Description("How many compounds are at each level, highest level first.")
            .Resolve(c => c.Source.CompoundLevels);
    }
}
