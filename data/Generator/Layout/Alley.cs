using NetTopologySuite.Geometries;

namespace FireMap.DemoData.Layout;

/// <summary>A side street (支路 or 巷) across a block between two nodes on opposite streets.</summary>
internal sealed record Alley(string Name, string RoadClass, double WidthM, Coordinate From, Coordinate To);
