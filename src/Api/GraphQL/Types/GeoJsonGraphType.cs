using System.Text.Json;
using FireMap.Api.Database;
using GraphQL.Types;

namespace FireMap.Api.GraphQL.Types;

/// <summary>A GeoJSON geometry object in WGS84 (EPSG:4326), output only.</summary>
public sealed class GeoJsonGraphType : ScalarGraphType
{
    public GeoJsonGraphType()
    {
        Name = "GeoJSON";
        Description = "A GeoJSON geometry object (RFC 7946) in WGS84 longitude/latitude.";
    }

    public override object? Serialize(object? value) => value switch
    {
        GeoJsonText text => text.Parse(),
        JsonElement element => element,
        _ => null,
    };

    public override object? ParseValue(object? value) =>
        throw new InvalidOperationException("GeoJSON is an output type; give points as {lon, lat}.");

    public override object? ParseLiteral(GraphQLParser.AST.GraphQLValue value) =>
        throw new InvalidOperationException("GeoJSON is an output type; give points as {lon, lat}.");
}
