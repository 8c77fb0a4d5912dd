using FireMap.TestHost;

namespace FireMap.Web.Tests;

/// <summary>
/// Browser tests that load hostile data: a service and database of their own, so that their
/// records never show up in the other tests' maps and lists.
/// </summary>
[CollectionDefinition(Name)]
public sealed class HostileDataCollection : ICollectionFixture<FireMapServerFixture>
{
    public const string Name = "FireMap server with hostile data";
}
