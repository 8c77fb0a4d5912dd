using FireMap.TestHost;

namespace FireMap.Api.Tests.Scaleout;

/// <summary>Tests over a primary and a streaming replica of their own, which they pause, stop and promote.</summary>
[CollectionDefinition(Name)]
public sealed class StandbyCollection : ICollectionFixture<StandbyServerFixture>
{
    public const string Name = "FireMap over a primary and a standby";
}
