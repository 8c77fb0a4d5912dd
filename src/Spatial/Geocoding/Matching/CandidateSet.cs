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
    // means, so none of them may be reported as confident. When the top one is confident, no unrelated
    // candidate below it may look confident too: they contradict it.
    private static void SettleAmbiguity(List<GeocodeCandidate> ranked, double margin)
    {
        if (ranked.Count < 2 || !ranked[0].IsConfident)
        {
            return;
        }

        const double cap = GeocodeCandidate.ConfidentScore - 0.01;
        var top = ranked[0];
        var ambiguous = ranked.Skip(1).Any(c => c.Score >= top.Score - margin && !Relatedness.Related(top.Entry, c.Entry));
        for (var i = 0; i < ranked.Count && ranked[i].Score > cap; i++)
        {
            var c = ranked[i];
            var unrelated = i > 0 && !Relatedness.Related(top.Entry, c.Entry);
            if (ambiguous)
            {
                var rival = i == 0 || (unrelated && c.Score >= top.Score - margin);
                ranked[i] = c with { Score = cap, Evidence = rival ? c.Evidence | MatchEvidence.Ambiguous : c.Evidence };
            }
            else if (unrelated)
            {
                ranked[i] = c with { Score = cap };
            }
        }

        // Capping keeps the evidence order: a stable sort on the capped scores.
        var settled = ranked.OrderByDescending(c => c.Score).ToList();
        ranked.Clear();
        ranked.AddRange(settled);
    }
}
