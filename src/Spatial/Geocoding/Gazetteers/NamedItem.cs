namespace FireMap.Spatial.Geocoding.Gazetteers;

/// <summary>One searchable name (a name or an alias, normalised) of a gazetteer entry.</summary>
internal readonly record struct NamedItem(int EntryId, string Name, bool IsAlias);
