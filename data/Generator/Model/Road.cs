using NetTopologySuite.Geometries;

namespace FireMap.DemoData.Model;

/// <summary>One road edge between two junctions; geometry in local metres.</summary>
internal sealed record Road(string Code, string Name, string RoadClass, double WidthM, LineString Geometry);
