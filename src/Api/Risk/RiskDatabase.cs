using Npgsql;

namespace FireMap.Api.Risk;

/// <summary>
/// The connections that risk SQL runs on: the service's database, with PostgreSQL's JIT compilation off.
/// The gather statements and rankings look expensive to the planner (they touch every building), so JIT
/// would compile each of them, which costs more than it saves (hundreds of milliseconds per statement,
/// and all of a one-compound recompute).
/// </summary>
public sealed class RiskDatabase : IDisposable, IAsyncDisposable
{
    public RiskDatabase(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = "firemap-risk" };
        builder.Options = string.IsNullOrWhiteSpace(builder.Options) ? "-c jit=off" : $"{builder.Options} -c jit=off";
        DataSource = NpgsqlDataSource.Create(builder.ConnectionString);
    }

    public NpgsqlDataSource DataSource { get; }

    public void Dispose() => DataSource.Dispose();

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
