using FireMap.Api.Accounts;
using FireMap.Api.Database;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace FireMap.Bench.Common;

/// <summary>
/// The account benchmarks sign in with: a read-only <c>bench</c> user and a fresh personal API
/// token, made directly in the benchmark database (the service refuses anonymous requests).
/// </summary>
public static class BenchAccount
{
    public static async Task<string> CreateTokenAsync(NpgsqlDataSource dataSource)
    {
        // No standbys: every statement goes to the benchmark database.
        using var replicas = new ReadReplicas(dataSource, Options.Create(new ReplicaOptions()), NullLogger<ReadReplicas>.Instance);
        var users = new UserRepository(dataSource, replicas);
        var user = (await users.FindByNameAsync("bench", CancellationToken.None))?.User.Id
            ?? await users.CreateAsync(new NewUser("bench", "Benchmark", "viewer", null, []), Passwords.Hash(Passwords.Generate()), CancellationToken.None);
        var (_, token) = await new ApiTokenRepository(dataSource, replicas).CreateAsync(user, "benchmark", DateTimeOffset.UtcNow.AddDays(1), CancellationToken.None);
        return token;
    }
}
