namespace FireMap.Api.Layers;

/// <summary>Limits of the map layers (<c>FireMap:Layers</c>).</summary>
public sealed class LayerOptions
{
    /// <summary>
    /// Most features a GeoJSON layer sends without a bbox; a larger whole-layer request is refused
    /// (ask for a bbox or use the vector tiles). A sub-district is about a thousand buildings.
    /// </summary>
    public int MaxFeaturesWithoutBbox { get; set; } = 50_000;

    /// <summary>
    /// From how many features (in the caller's scope) the map draws a tiled layer from vector tiles
    /// instead of GeoJSON: past a few thousand outlines, one SVG path per feature makes panning stutter.
    /// </summary>
    public int TilesFromFeatures { get; set; } = 5_000;
}
