using GraphQL.Types;

namespace FireMap.Api.GraphQL.Types;

/// <summary>A WGS84 rectangle given by its edges in degrees.</summary>
public sealed class BoundingBoxInputGraphType : InputObjectGraphType
{
    public BoundingBoxInputGraphType()
    {
        Name = "BBoxInput";
        Description = "A WGS84 rectangle in decimal degrees; west < east, south < north.";
        Field<NonNullGraphType<FloatGraphType>>("west").Description("Western edge, longitude −180…180.");
        Field<NonNullGraphType<FloatGraphType>>("south").Description("Southern edge, latitude −90…90.");
        Field<NonNullGraphType<FloatGraphType>>("east").Description("Eastern edge, longitude −180…180.");
        Field<NonNullGraphType<FloatGraphType>>("north").Description("Northern edge, latitude −90…90.");
    }
}
