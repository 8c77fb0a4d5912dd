using FireMap.Api.Database;
using Npgsql;

namespace FireMap.Api.Risk.Ranking;

/// <summary>Checks the scope arguments of risk queries, so that a mistyped code is an error rather than an empty list.</summary>
public sealed class RiskScopes(NpgsqlDataSource dataSource)
{
    /// <summary>The id of the community with division code <paramref name="code"/>, or null when none has it.</summary>
    public async Task<long?> CommunityIdAsync(string code, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand("SELECT id FROM communities WHERE code = @code");
        command.Parameters.AddWithValue("code", code);
        return (long?)await command.ExecuteScalarAsync(cancellationToken);
    }

    public async Task<bool> CompoundExistsAsync(long id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand("SELECT EXISTS (SELECT 1 FROM compounds WHERE id = @id)");
        command.Parameters.AddWithValue("id", id);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
