namespace FireMap.Spatial.Geocoding.Gazetteers;

/// <summary>Entries being assembled, each given its id, with its normalised names; codes unique per level.</summary>
internal sealed class EntryList
{
    private readonly HashSet<(MatchLevel, string)> _codes = [];

    public List<GazetteerEntry> Items { get; } = [];

    public List<string[]> Names { get; } = [];

    public GazetteerEntry Add(GazetteerEntry entry, string[] names)
    {
        if (!_codes.Add((entry.Level, entry.Code)))
        {
            throw new ArgumentException($"two {entry.Level.ToString().ToLowerInvariant()} records share the code {entry.Code}");
        }

        var added = entry with { Id = Items.Count };
        Items.Add(added);
        Names.Add(names.Where(n => n.Length > 0).Distinct().ToArray());
        return added;
    }
}
