using FireMap.DemoData.Geometry;

namespace FireMap.DemoData.Layout;

/// <summary>A plot inside a block, with the street its gate faces and where along that street.</summary>
/// <param name="Position">Metres from the start of the facing street, for the door number.</param>
/// <param name="EvenSide">Whether the plot is on the even-numbered side of that street.</param>
internal sealed record Parcel(int I, int J, Quad Quad, RoadLine Facing, double Position, bool EvenSide);
