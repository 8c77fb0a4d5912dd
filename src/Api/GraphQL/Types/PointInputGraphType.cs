using GraphQL.Types;

namespace FireMap.Api.GraphQL.Types;

/// <summary>A WGS84 position given as longitude and latitude.</summary>
public sealed class PointInputGraphType : InputObjectGraphType
{
    public PointInputGraphType()
    {
        Name = "PointInput";
        Description = "A WGS84 position in decimal degrees.";
        Field<NonNullGraphType<FloatGraphType>>("lon").Description("Longitude, −180…180.");
        Field<NonNullGraphType<FloatGraphType>>("lat").Description("Latitude, −90…90.");
    }
}
