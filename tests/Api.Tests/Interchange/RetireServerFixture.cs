using FireMap.TestHost;

namespace FireMap.Api.Tests.Interchange;

/// <summary>A FireMap service of its own without the demo data: retiring records empties layers that other tests count.</summary>
public sealed class RetireServerFixture : FireMapServerFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["FireMap:LoadDemoData"] = "false",
        ["FireMap:Import:Area"] = "106.4,29.4,106.6,29.6",
    };
}
