using FireMap.Spatial.Geocoding.Gazetteers;

namespace FireMap.Spatial.Geocoding.Matching;

/// <summary>Candidates by entry, keeping each entry's best score; ranks them and settles ambiguity.</summary>
internal sealed class CandidateSet
{
    private readonly Dictionary<int, GeocodeCandidate> _best = [];
    private readonly double _minScore;

    public CandidateSet(double minScore) => _minScore = minScore;

    public void Add(GazetteerEntry entry, double score, MatchEvidence evidence)
    {
        score = Math.Round(Math.Clamp(score, 0, 1), 4);
        if (score >= _minScore && (!_best.TryGetValue(entry.Id, out var current) || score > current.Score))
        {
            _best[entry.Id] = new GeocodeCandidate(entry, score, evidence);
        }
    }

    public List<GeocodeCandidate> Ranked(GeocoderOptions options, int limit)
    {
        var ranked = new List<GeocodeCandidate>(_best.Values);
        ranked.Sort(static (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Level.CompareTo(b.Level));
        SettleAmbiguity(ranked, options.AmbiguityMargin);
        return ranked.Count > limit ? ranked.GetRange(0, limit) : ranked;
    }

    // Honest matching: when unrelated candidates tie near the top, the address does not say which one it
    // means, so none of them may be reported as confident.
    private static void SettleAmbiguity(List<GeocodeCandidate> ranked, double margin)
    {
        if (ranked.Count < 2 || !ranked[0].IsConfident)
        {
            return;
        }

        var top = ranked[0];
        var rivals = ranked.Skip(1)
            .TakeWhile(c => c.Score >= top.Score - margin)
            .Where(c => !Relatedness.Related(top.Entry, c.Entry))
            .ToList();
        if (rivals.Count == 0)
        {
            return;
        }

        const double cap = GeocodeCandidate.ConfidentScore - 0.01;
        for (var i = 0; i < ranked.Count; i++)
        {
            var c = ranked[i];
            if (c.Score >= top.Score - margin && c.Score > cap)
            {
                ranked[i] = c with { Score = cap, Evidence = c.Evidence | MatchEvidence.Ambiguous };
            }
        }
    }
}
