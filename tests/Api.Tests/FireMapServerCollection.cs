using FireMap.TestHost;

namespace FireMap.Api.Tests;

/// <summary>Tests that share one running FireMap service over a real PostGIS with the demo data.</summary>
[CollectionDefinition(Name)]
public sealed class FireMapServerCollection : ICollectionFixture<FireMapServerFixture>
{
    public const string Name = "FireMap server";
}
