namespace FireMap.DemoData.Layout;

/// <summary>A named street of the grid; it is cut into edges at every junction.</summary>
/// <param name="WidthM">Carriageway width, metres.</param>
internal sealed record RoadLine(string Name, string RoadClass, double WidthM);
