using NetTopologySuite.Geometries;

namespace FireMap.DemoData.Model;

/// <summary>A community (社区); geometry in local metres.</summary>
internal sealed record Community(string Code, string Name, char Key, Polygon Geometry);
