using FireMap.Spatial.Geometry;

namespace FireMap.Spatial.Geocoding.Gazetteers;

/// <summary>
/// Collects the records of one area (communities, compounds, buildings, places, roads) and builds a
/// <see cref="Gazetteer"/>. Road numbers are derived from the addresses of compounds, buildings and
/// places; roads from those addresses and from <see cref="RoadRecord"/>s.
/// </summary>
/// <example>
/// <code>
/// var gazetteer = new GazetteerBuilder(GazetteerArea.Yuejincun)
///     .Add(new CompoundRecord { Code = "XQ061", Name = "钢花小区", Aliases = ["钢花"], Address = "建胜路193号", Lon = 106.47, Lat = 29.486 })
///     .Add(new BuildingRecord { Code = "XQ061-03", Name = "3栋", BuildingNo = "3", CompoundCode = "XQ061", Lon = 106.471, Lat = 29.486 })
///     .Build();
/// </code>
/// </example>
public sealed class GazetteerBuilder
{
    private readonly GazetteerArea? _area;
    private readonly GazetteerRecords _records = new();

    /// <summary>A builder for a gazetteer of the given area.</summary>
    /// <param name="area">The area; null when unknown (addresses naming other areas are then not refused).</param>
    public GazetteerBuilder(GazetteerArea? area = null) => _area = area;

    /// <summary>Adds a community.</summary>
    /// <param name="record">The community; code, name and a valid point are required.</param>
    /// <exception cref="ArgumentException">A required field is missing or the point is out of range.</exception>
    public GazetteerBuilder Add(CommunityRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        Check("community", record.Code, record.Name, record.Lon, record.Lat);
        _records.Communities.Add(record);
        return this;
    }

    /// <summary>Adds a compound.</summary>
    /// <param name="record">The compound; code, name and a valid point are required.</param>
    /// <exception cref="ArgumentException">A required field is missing or the point is out of range.</exception>
    public GazetteerBuilder Add(CompoundRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        Check("compound", record.Code, record.Name, record.Lon, record.Lat);
        _records.Compounds.Add(record);
        return this;
    }

    /// <summary>Adds a building.</summary>
    /// <param name="record">The building; code, name and a valid point are required.</param>
    /// <exception cref="ArgumentException">A required field is missing or the point is out of range.</exception>
    public GazetteerBuilder Add(BuildingRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        Check("building", record.Code, record.Name, record.Lon, record.Lat);
        _records.Buildings.Add(record);
        return this;
    }

    /// <summary>Adds a place.</summary>
    /// <param name="record">The place; code, name and a valid point are required.</param>
    /// <exception cref="ArgumentException">A required field is missing or the point is out of range.</exception>
    public GazetteerBuilder Add(PlaceRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        Check("place", record.Code, record.Name, record.Lon, record.Lat);
        _records.Places.Add(record);
        return this;
    }

    /// <summary>Adds a road's representative point.</summary>
    /// <param name="record">The road; name and a valid point are required.</param>
    /// <exception cref="ArgumentException">The name is missing or the point is out of range.</exception>
    public GazetteerBuilder Add(RoadRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        Check("road", record.Name, record.Name, record.Lon, record.Lat);
        _records.Roads.Add(record);
        return this;
    }

    /// <summary>Builds the gazetteer and its indexes.</summary>
    /// <exception cref="ArgumentException">Two records of one kind share a code.</exception>
    public Gazetteer Build() => GazetteerAssembler.Assemble(_area, _records);

    private static void Check(string kind, string code, string name, double lon, double lat)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            throw new ArgumentException($"a {kind} needs a code");
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException($"{kind} {code} needs a name");
        }

        if (GeoPoint.TryCreate(lon, lat, out var error) is null)
        {
            throw new ArgumentException($"{kind} {code}: {error}");
        }
    }
}
