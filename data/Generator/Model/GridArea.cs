using NetTopologySuite.Geometries;

namespace FireMap.DemoData.Model;

/// <summary>A grid (网格), the patch one grid worker (网格员) walks; geometry in local metres.</summary>
internal sealed record GridArea(string Code, string Name, string CommunityCode, string Key, Polygon Geometry);
