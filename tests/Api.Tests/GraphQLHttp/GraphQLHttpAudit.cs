using System.Diagnostics;

namespace FireMap.Api.Tests.GraphQLHttp;

/// <summary>Runs tests/Api.Tests/audit/audit.mjs (graphql-http's auditServer) with node against an endpoint.</summary>
internal static class GraphQLHttpAudit
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <param name="endpointUrl">The GraphQL endpoint.</param>
    /// <param name="token">An API token the audit sends on every request, for a server that needs sign-in.</param>
    public static async Task<(int ExitCode, string Output)> RunAsync(string endpointUrl, string? token = null)
    {
        var root = FindRepositoryRoot();
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(root, "tests", "Api.Tests", "audit", "audit.mjs"));
        start.ArgumentList.Add(endpointUrl);
        if (token is not null)
        {
            start.Environment["FIREMAP_TOKEN"] = token;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"audit timed out after {Timeout}\n{await stdout}\n{await stderr}");
        }

        return (process.ExitCode, $"{await stdout}\n{await stderr}");
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "tests", "Api.Tests", "audit", "audit.mjs")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("repository root (with tests/Api.Tests/audit/audit.mjs) not found above " + AppContext.BaseDirectory);
    }
}
