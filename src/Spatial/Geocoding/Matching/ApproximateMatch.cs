namespace FireMap.Spatial.Geocoding.Matching;

/// <summary>How well a name occurs inside a text, allowing typos: approximate substring matching.</summary>
internal static class ApproximateMatch
{
    /// <summary>
    /// The fewest edits (substitutions, insertions, deletions) that turn the pattern into some substring of
    /// the text (Sellers 1980: edit distance with a free start and end in the text).
    /// </summary>
    public static int BestDistance(ReadOnlySpan<char> pattern, ReadOnlySpan<char> text)
    {
        var m = pattern.Length;
        if (m == 0 || text.IsEmpty)
        {
            return m;
        }

        Span<int> col = m < 128 ? stackalloc int[m + 1] : new int[m + 1];
        for (var i = 0; i <= m; i++)
        {
            col[i] = i;
        }

        var best = m;
        foreach (var t in text)
        {
            var diagonal = 0;
            for (var i = 1; i <= m; i++)
            {
                var above = col[i];
                var cost = pattern[i - 1] == t ? 0 : 1;
                col[i] = Math.Min(Math.Min(above + 1, col[i - 1] + 1), diagonal + cost);
                diagonal = above;
            }

            best = Math.Min(best, col[m]);
        }

        return best;
    }

    /// <summary>
    /// 1 when the text is exactly the name; less for each edit and for each character of the text the name
    /// does not explain: (length − edits) / max(length, text length). 0 for an empty text.
    /// </summary>
    public static double Similarity(string name, string text)
    {
        if (text.Length == 0 || name.Length == 0)
        {
            return 0;
        }

        var d = BestDistance(name, text);
        return (double)Math.Max(0, name.Length - d) / Math.Max(name.Length, text.Length);
    }
}
