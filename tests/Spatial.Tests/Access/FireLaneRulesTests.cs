using FireMap.Spatial.Access;

namespace FireMap.Spatial.Tests.Access;

public sealed class FireLaneRulesTests
{
    [Theory]
    [InlineData(6.0, 5.0, new double[0], FireLaneStatus.Clear)]
    [InlineData(4.0, 4.0, new double[0], FireLaneStatus.Clear)]
    [InlineData(3.99, 5.0, new double[0], FireLaneStatus.NonCompliant)]
    [InlineData(6.0, 3.5, new double[0], FireLaneStatus.NonCompliant)]
    [InlineData(7.0, 5.0, new[] { 4.5 }, FireLaneStatus.Narrowed)]
    [InlineData(7.0, 5.0, new[] { 4.0 }, FireLaneStatus.Narrowed)]
    [InlineData(7.0, 5.0, new[] { 5.0, 3.9 }, FireLaneStatus.Blocked)]
    [InlineData(7.0, 5.0, new[] { 0.0 }, FireLaneStatus.Blocked)]
    [InlineData(3.5, 5.0, new[] { 3.0 }, FireLaneStatus.Blocked)]
    [InlineData(6.0, 3.0, new[] { 4.5 }, FireLaneStatus.NonCompliant)]
    public void Classify_dimensions_and_blockages_give_worst_status(double width, double height, double[] remaining, FireLaneStatus expected) =>
        Assert.Equal(expected, FireLaneRules.Classify(width, height, remaining));

    [Theory]
    [InlineData(4.0, 4.0, true)]
    [InlineData(3.999, 4.0, false)]
    [InlineData(4.0, 3.999, false)]
    public void IsCompliant_follows_gb50016_four_metres(double width, double height, bool expected) =>
        Assert.Equal(expected, FireLaneRules.IsCompliant(width, height));
}
