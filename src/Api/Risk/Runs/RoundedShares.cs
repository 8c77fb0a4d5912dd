using FireMap.Spatial.Risk.Scoring;

namespace FireMap.Api.Risk.Runs;

/// <summary>
/// Rounds a score and its contributions to hundredths so that the printed shares still add up to the
/// printed score (largest remainder): a spreadsheet's column sum then matches the score column exactly.
/// </summary>
public static class RoundedShares
{
    public static (decimal Score, decimal[] Shares) Of(double score, IReadOnlyList<RiskContribution> contributions)
    {
        ArgumentNullException.ThrowIfNull(contributions);
        var total = (long)Math.Round(score * 100, MidpointRounding.AwayFromZero);
        var cents = new long[contributions.Count];
        var remainders = new double[contributions.Count];
        long sum = 0;
        for (var i = 0; i < cents.Length; i++)
        {
            var exact = Math.Max(0, contributions[i].Score * 100);
            cents[i] = (long)Math.Floor(exact);
            remainders[i] = exact - cents[i];
            sum += cents[i];
        }

        // Hand out the missing cents to the largest remainders (ties to the earlier factor); take back any
        // excess, which only floating-point noise can cause, from the largest shares.
        var order = Enumerable.Range(0, cents.Length).OrderByDescending(i => remainders[i]).ThenBy(i => i).ToArray();
        for (var k = 0; sum < total && k < order.Length; k++, sum++)
        {
            cents[order[k]]++;
        }

        var largest = Enumerable.Range(0, cents.Length).OrderByDescending(i => cents[i]).ThenBy(i => i).ToArray();
        for (var k = 0; sum > total && k < largest.Length; k++)
        {
            if (cents[largest[k]] > 0)
            {
                cents[largest[k]]--;
                sum--;
            }
        }

        return (total / 100m, [.. cents.Select(c => c / 100m)]);
    }
}
