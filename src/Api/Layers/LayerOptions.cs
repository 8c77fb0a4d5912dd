namespace FireMap.Api.Layers;

/// <summary>Limits of the map layers (<c>FireMap:Layers</c>).</summary>
public sealed class LayerOptions
{
    /// <summary>
    /// Most features a GeoJSON layer sends without a bbox; a larger whole-layer request is refused
    /// (ask for a bbox or use the vector tiles). A sub-district is about a thousand buildings.
    /// </summary>
    public int MaxFeaturesWithoutBbox { get; set; } = 50_000;
}
