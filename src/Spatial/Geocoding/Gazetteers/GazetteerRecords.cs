namespace FireMap.Spatial.Geocoding.Gazetteers;

/// <summary>The records a builder collected, by kind.</summary>
internal sealed class GazetteerRecords
{
    public List<CommunityRecord> Communities { get; } = [];

    public List<CompoundRecord> Compounds { get; } = [];

    public List<BuildingRecord> Buildings { get; } = [];

    public List<PlaceRecord> Places { get; } = [];

    public List<RoadRecord> Roads { get; } = [];
}
