using System.Text.Json;

namespace FireMap.Api.Imports;

/// <summary>
/// Checks a GeoJSON geometry's coordinate arrays before the reader sees them: every position is
/// 2 or 3 finite numbers (RFC 7946 §3.1.1), nested as deep as the type says. The reader itself
/// fails on other shapes in ways that would read as server faults.
/// </summary>
internal static class GeoJsonShape
{
    public static string? FindProblem(JsonElement geometry)
    {
        if (!geometry.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
        {
            return "has no 'type'";
        }

        var type = typeElement.GetString();
        if (type == "GeometryCollection")
        {
            return geometry.TryGetProperty("geometries", out var parts) && parts.ValueKind == JsonValueKind.Array
                ? parts.EnumerateArray().Select(part => part.ValueKind == JsonValueKind.Object ? FindProblem(part) : "holds a part that is not an object")
                    .FirstOrDefault(problem => problem is not null)
                : "is a GeometryCollection without 'geometries'";
        }

        int? depth = type switch
        {
            "Point" => 0,
            "LineString" or "MultiPoint" => 1,
            "Polygon" or "MultiLineString" => 2,
            "MultiPolygon" => 3,
            _ => null,
        };
        if (depth is null)
        {
            return $"has the unknown type '{type}'";
        }

        return geometry.TryGetProperty("coordinates", out var coordinates)
            ? Positions(coordinates, depth.Value)
            : "has no 'coordinates'";
    }

    private static string? Positions(JsonElement element, int depth)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            return "has coordinates that are not nested arrays of numbers";
        }

        if (depth > 0)
        {
            foreach (var child in element.EnumerateArray())
            {
                if (Positions(child, depth - 1) is { } problem)
                {
                    return problem;
                }
            }

            return null;
        }

        var count = element.GetArrayLength();
        if (count is < 2 or > 3)
        {
            return $"has a position with {count} numbers; a position is [lon, lat] or [lon, lat, height]";
        }

        foreach (var number in element.EnumerateArray())
        {
            if (number.ValueKind != JsonValueKind.Number || !number.TryGetDouble(out var value) || !double.IsFinite(value))
            {
                return "has a position holding something other than a finite number";
            }
        }

        return null;
    }
}
