using System.Diagnostics;
using FireMap.Api.Database.Embedded;
using Npgsql;

namespace FireMap.Api.Operations;

/// <summary>
/// Runs pg_dump and pg_restore (Debian's, beside the server FireMap uses) against a connection
/// string. The password goes through the environment, never the command line, where any local user
/// could read it.
/// </summary>
internal static class PostgresTools
{
    private static readonly TimeSpan _timeout = TimeSpan.FromHours(2);

    public static Task<string> DumpAsync(string connectionString, string snapshot, string file, CancellationToken cancellationToken) =>
        RunAsync(PostgresBinaries.Locate().PgDump, connectionString,
            ["--format=custom", "--no-owner", "--no-privileges", $"--snapshot={snapshot}", $"--file={file}"], cancellationToken);

    public static Task<string> ListAsync(string dump, CancellationToken cancellationToken) =>
        RunAsync(PostgresBinaries.Locate().PgRestore, null, ["--list", dump], cancellationToken);

    /// <summary>Restores <paramref name="dump"/> in one transaction: all of it, or nothing.</summary>
    public static Task<string> RestoreAsync(string connectionString, string dump, string list, CancellationToken cancellationToken) =>
        RunAsync(PostgresBinaries.Locate().PgRestore, connectionString,
            ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", $"--use-list={list}", "--dbname=" + DatabaseOf(connectionString), dump],
            cancellationToken);

    private static string DatabaseOf(string connectionString) => new NpgsqlConnectionStringBuilder(connectionString).Database ?? "postgres";

    private static async Task<string> RunAsync(string program, string? connectionString, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (connectionString is not null)
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            start.Environment["PGHOST"] = builder.Host;
            start.Environment["PGPORT"] = builder.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            start.Environment["PGUSER"] = builder.Username;
            start.Environment["PGPASSWORD"] = builder.Password;
            start.Environment["PGDATABASE"] = builder.Database;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} failed (exit {process.ExitCode}): {(await error).Trim()}");
        }

        return await output;
    }
}
