using System.Globalization;
using FireMap.Api.Errors;
using FireMap.Spatial.Geometry;
using GraphQL;

namespace FireMap.Api.GraphQL;

/// <summary>Reads and checks arguments shared by several fields; a bad value becomes BAD_USER_INPUT before any SQL runs.</summary>
public static class Arguments
{
    public static long Id(IResolveFieldContext context, string name = "id")
    {
        var text = context.GetArgument<string>(name);
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? id
            : throw Rejection.BadInput(name, $"'{text}' is not an id of this service");
    }

    public static BoundingBox? Box(IResolveFieldContext context, string name = "bbox")
    {
        var edges = context.GetArgument<Dictionary<string, object?>?>(name);
        if (edges is null)
        {
            return null;
        }

        double Edge(string edge) => Convert.ToDouble(edges[edge], CultureInfo.InvariantCulture);
        return BoundingBox.TryCreate(Edge("west"), Edge("south"), Edge("east"), Edge("north"), out var error)
            ?? throw Rejection.BadInput(name, error!);
    }

    public static GeoPoint Point(IResolveFieldContext context, string name)
    {
        var value = context.GetArgument<Dictionary<string, object?>>(name);
        var lon = Convert.ToDouble(value["lon"], CultureInfo.InvariantCulture);
        var lat = Convert.ToDouble(value["lat"], CultureInfo.InvariantCulture);
        return GeoPoint.TryCreate(lon, lat, out var error) ?? throw Rejection.BadInput(name, error!);
    }
}
