namespace FireMap.Spatial.Geocoding.Gazetteers;

/// <summary>
/// Character-bigram postings over the names of compounds, places and named buildings, so that matching an
/// address looks at the few names sharing its bigrams instead of the whole gazetteer. Names of up to three
/// characters are also posted under each character: one typo leaves such a name no bigram in common.
/// </summary>
internal sealed class NameIndex
{
    private const int ShortName = 3;

    [ThreadStatic]
    private static int[]? t_counts;

    [ThreadStatic]
    private static List<int>? t_touched;

    private readonly NamedItem[] _items;
    private readonly int[] _gramCounts;
    private readonly Dictionary<int, int[]> _postings;

    public NameIndex(IEnumerable<NamedItem> items)
    {
        _items = items.Where(i => i.Name.Length > 0).ToArray();
        _gramCounts = new int[_items.Length];
        var lists = new Dictionary<int, List<int>>();
        for (var i = 0; i < _items.Length; i++)
        {
            var keys = Keys(_items[i].Name, _items[i].Name.Length <= ShortName).Distinct().ToList();
            _gramCounts[i] = keys.Count;
            foreach (var key in keys)
            {
                if (!lists.TryGetValue(key, out var list))
                {
                    list = [];
                    lists[key] = list;
                }

                list.Add(i);
            }
        }

        _postings = lists.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }

    public IReadOnlyList<NamedItem> Items => _items;

    /// <summary>Adds to <paramref name="result"/> the items sharing most grams with the text, best first.</summary>
    public void Collect(string text, int max, List<int> result)
    {
        var counts = t_counts;
        if (counts is null || counts.Length < _items.Length)
        {
            counts = t_counts = new int[Math.Max(_items.Length, 16)];
        }

        var touched = t_touched ??= [];
        touched.Clear();
        foreach (var key in Keys(text, withChars: true))
        {
            if (_postings.TryGetValue(key, out var posting))
            {
                foreach (var item in posting)
                {
                    if (counts[item]++ == 0)
                    {
                        touched.Add(item);
                    }
                }
            }
        }

        if (touched.Count > max)
        {
            // Rank by the share of each name's grams found in the text; ties to the shorter name.
            touched.Sort((a, b) =>
            {
                var c = ((double)counts[b] / _gramCounts[b]).CompareTo((double)counts[a] / _gramCounts[a]);
                return c != 0 ? c : _items[a].Name.Length.CompareTo(_items[b].Name.Length);
            });
        }

        for (var i = 0; i < touched.Count; i++)
        {
            if (i < max)
            {
                result.Add(touched[i]);
            }

            counts[touched[i]] = 0;
        }
    }

    private static IEnumerable<int> Keys(string s, bool withChars)
    {
        for (var i = 0; i + 1 < s.Length; i++)
        {
            yield return (s[i] << 16) | s[i + 1];
        }

        if (withChars)
        {
            foreach (var c in s)
            {
                // A lone character's key cannot collide with a bigram: no bigram key has 0xFFFF low bits
                // (U+FFFF is not a character).
                yield return (c << 16) | 0xFFFF;
            }
        }
    }
}
