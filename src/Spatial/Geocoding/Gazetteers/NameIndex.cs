namespace FireMap.Spatial.Geocoding.Gazetteers;

/// <summary>
/// Character-bigram postings over the names of compounds, places and named buildings, so that matching an
/// address looks at the few names sharing its bigrams instead of the whole gazetteer. Names of up to three
/// characters are also posted under each character: one typo leaves such a name no bigram in common.
/// </summary>
internal sealed class NameIndex
{
    private const int ShortName = 3;

    // A lone character's key cannot collide with a bigram's: no bigram ends in U+FFFF, a non-character.
    private const int CharKeyLow = 0xFFFF;

    private const int Buckets = 64;

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

    /// <summary>Adds to <paramref name="result"/> about <paramref name="max"/> items sharing most grams with the text.</summary>
    public void Collect(string text, int max, List<int> result)
    {
        var counts = t_counts;
        if (counts is null || counts.Length < _items.Length)
        {
            counts = t_counts = new int[Math.Max(_items.Length, 16)];
        }

        var touched = t_touched ??= [];
        touched.Clear();
        for (var i = 0; i + 1 < text.Length; i++)
        {
            Count((text[i] << 16) | text[i + 1], counts, touched);
        }

        foreach (var c in text)
        {
            Count((c << 16) | CharKeyLow, counts, touched);
        }

        if (touched.Count <= max)
        {
            result.AddRange(touched);
        }
        else
        {
            SelectBest(touched, counts, max, result);
        }

        foreach (var item in touched)
        {
            counts[item] = 0;
        }
    }

    private void Count(int key, int[] counts, List<int> touched)
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

    // About the max items with the largest share of their grams found in the text, in no particular order.
    // Shares are bucketed (1/64 steps) so that choosing among thousands of touched names costs two linear
    // passes, not a sort: with a large gazetteer a common bigram (花园) touches thousands of names.
    private void SelectBest(List<int> touched, int[] counts, int max, List<int> result)
    {
        Span<int> histogram = stackalloc int[Buckets + 1];
        foreach (var item in touched)
        {
            histogram[Bucket(item, counts)]++;
        }

        var threshold = Buckets;
        for (var seen = 0; threshold > 0; threshold--)
        {
            seen += histogram[threshold];
            if (seen >= max)
            {
                break;
            }
        }

        var atThreshold = max;
        for (var b = threshold + 1; b <= Buckets; b++)
        {
            atThreshold -= histogram[b];
        }

        foreach (var item in touched)
        {
            var bucket = Bucket(item, counts);
            if (bucket > threshold || (bucket == threshold && atThreshold-- > 0))
            {
                result.Add(item);
            }
        }
    }

    private int Bucket(int item, int[] counts) => Math.Min(Buckets, counts[item] * Buckets / _gramCounts[item]);

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
                yield return (c << 16) | CharKeyLow;
            }
        }
    }
}
