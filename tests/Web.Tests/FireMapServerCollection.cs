using FireMap.TestHost;

namespace FireMap.Web.Tests;

/// <summary>
/// Browser tests share one running FireMap service over a real PostGIS with the demo data.
/// xunit 2 needs the collection definition in the test assembly itself.
/// </summary>
[CollectionDefinition(Name)]
public sealed class FireMapServerCollection : ICollectionFixture<FireMapServerFixture>
{
    public const string Name = "FireMap server";
}
