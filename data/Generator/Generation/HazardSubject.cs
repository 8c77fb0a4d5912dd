using NetTopologySuite.Geometries;

namespace FireMap.DemoData.Generation;

/// <summary>What a hazard is about: its layer, code, name for the description, who must fix it, and where a spot on it is.</summary>
internal sealed record HazardSubject(string Type, string Code, string Name, string ResponsibleUnit, Func<Random, Coordinate> Spot);
