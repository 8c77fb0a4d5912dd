using FireMap.Api.Risk.Ranking;
using FireMap.Spatial.Risk.Model;
using GraphQL.Types;

namespace FireMap.Api.Risk.Schema;

/// <summary>The fields every scored thing shows (score, level, sides, contributions, version, date), added by each type's constructor.</summary>
internal static class RiskScoreFields
{
    public static void AddTo<TSource>(ObjectGraphType<TSource> type, Func<TSource, StoredRiskScore> risk, string sidesNote)
    {
        type.Field<NonNullGraphType<FloatGraphType>>("score").Description("Risk score, 0–100: 100 × likelihood × consequence.").Resolve(c => risk(c.Source).Score);
        type.Field<NonNullGraphType<RiskLevelGraphType>>("level").Description("Risk level of the score.").Resolve(c => risk(c.Source).Level.Key());
        type.Field<NonNullGraphType<StringGraphType>>("levelName").Description("Chinese label of the level (see the RiskLevel enum).").Resolve(c => risk(c.Source).Level.ChineseName());
        type.Field<NonNullGraphType<StringGraphType>>("color").Description("Colour of the level: red, orange, yellow or blue.").Resolve(c => risk(c.Source).Level.ColorName());
        type.Field<FloatGraphType>("likelihood").Description($"Likelihood, 0–1{sidesNote}.").Resolve(c => risk(c.Source).Likelihood);
        type.Field<FloatGraphType>("consequence").Description($"Consequence, 0–1{sidesNote}.").Resolve(c => risk(c.Source).Consequence);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RiskContributionGraphType>>>>("contributions")
            .Description("One contribution per factor, in the model's factor order; their scores add up to the score.")
            .Resolve(c => risk(c.Source).Contributions);
        type.Field<NonNullGraphType<StringGraphType>>("modelVersion").Description("Version of the risk model that produced the score.").Resolve(c => risk(c.Source).ModelVersion);
        type.Field<NonNullGraphType<DateOnlyGraphType>>("asOf").Description("The China-time date the score describes.").Resolve(c => risk(c.Source).AsOf);
    }

    /// <summary>For compounds: how their likelihood and consequence are defined.</summary>
    public const string CompoundSides =
        "; a compound's combines its buildings' like the score (w × worst + (1 − w) × mean), null without buildings";

    public const string BuildingSides = "";
}
