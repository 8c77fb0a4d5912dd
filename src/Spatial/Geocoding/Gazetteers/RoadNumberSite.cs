namespace FireMap.Spatial.Geocoding.Gazetteers;

/// <summary>A road number's own entry and the entries (compounds, named buildings, places) at it.</summary>
internal sealed record RoadNumberSite(int EntryId, List<int> Members);
