using FireMap.TestHost;

namespace FireMap.Api.Tests.Interchange;

/// <summary>
/// A FireMap service of its own, without the demo data, whose import area is Toronto and
/// Mississauga: the real third-party files in ../shared/realdata/toronto_fire load into it.
/// </summary>
public sealed class TorontoServerFixture : FireMapServerFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["FireMap:LoadDemoData"] = "false",
        ["FireMap:Import:Area"] = "-80.0,43.4,-79.0,44.0",
    };
}
