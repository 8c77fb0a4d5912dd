using FireMap.Api.Accounts;
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
        var users = new UserRepository(dataSource);
        var user = (await users.FindByNameAsync("bench", CancellationToken.None))?.User.Id
            ?? await users.CreateAsync(new NewUser("bench", "Benchmark", "viewer", null, []), Passwords.Hash(Passwords.Generate()), CancellationToken.None);
        var (_, token) = await new ApiTokenRepository(dataSource).CreateAsync(user, "benchmark", DateTimeOffset.UtcNow.AddDays(1), CancellationToken.None);
        return token;
    }
}
