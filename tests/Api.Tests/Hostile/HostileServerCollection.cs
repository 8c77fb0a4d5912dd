using FireMap.TestHost;

namespace FireMap.Api.Tests.Hostile;

/// <summary>
/// The hostile-input suite's own service and database: hostile values that are valid (a compound
/// named "=1+1" would be refused, one named "NaN" is not) are stored, and must not show up in the
/// other tests' rankings and counts.
/// </summary>
[CollectionDefinition(Name)]
public sealed class HostileServerCollection : ICollectionFixture<FireMapServerFixture>
{
    public const string Name = "FireMap server for hostile input";
}
