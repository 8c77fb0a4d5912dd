using System.Globalization;
using FireMap.Api.Risk.Runs;
using FireMap.Api.Risk.Storage;
using FireMap.Spatial.Risk.Model;
using FireMap.Spatial.Risk.Scoring;
using FireMap.Spatial.Vocabulary;
using Npgsql;

namespace FireMap.Api.Risk.Exports;

/// <summary>Header and rows of the compound ranking export, in Chinese or English.</summary>
internal static class RiskExportRows
{
    public static string[] Header(Language language) => language == Language.English
        ? ["rank", "community", "compound_code", "compound", "score", "level", "likelihood", "consequence",
            .. RiskFactors.All.Select(f => f.EnglishName()), "model_version", "as_of"]
        : ["排名", "社区", "小区编码", "小区", "风险分值", "风险等级",
            Codes.RiskSide.Label("likelihood", Language.Chinese), Codes.RiskSide.Label("consequence", Language.Chinese),
            .. RiskFactors.All.Select(f => f.ChineseName()), "模型版本", "评估日期"];

    /// <summary>One row's values: numbers as numbers (for the workbook), text as text; the CSV formats them invariantly.</summary>
    public static object[] Read(NpgsqlDataReader r, RiskRunRef run, Language language)
    {
        var level = RiskCodes.Parse<RiskLevel>(r.GetString(5));
        var (score, shares) = RoundedShares.Of(r.GetDouble(4), ContributionJson.Read(r.GetString(8)));
        return
        [
            r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), score,
            language == Language.English ? level.EnglishName() : level.ChineseName(),
            Ratio(r, 6), Ratio(r, 7), .. shares.Cast<object>(), run.ModelVersion, run.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ];
    }

    public static string Text(object value) => value switch
    {
        decimal d => d.ToString("0.00#", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    // Likelihood and consequence to three places; empty for a compound without buildings.
    private static object Ratio(NpgsqlDataReader r, int ordinal) =>
        r.IsDBNull(ordinal) ? "" : Math.Round((decimal)r.GetDouble(ordinal), 3, MidpointRounding.AwayFromZero);
}
