using System.Diagnostics;
using System.Runtime.InteropServices;

namespace FireMap.Api.Database.Embedded;

/// <summary>
/// Runs PostgreSQL's command-line tools. PostgreSQL refuses to run as root, so when FireMap is
/// started as root the tools run as the unprivileged <c>postgres</c> user through <c>runuser</c>.
/// </summary>
internal static partial class ExternalCommand
{
    public const string ServiceUser = "postgres";

    public static bool IsRoot => OperatingSystem.IsLinux() && GetEffectiveUserId() == 0;

    public static CommandResult Run(string file, IEnumerable<string> arguments, TimeSpan timeout, bool asServiceUser = false)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asServiceUser && IsRoot)
        {
            start.FileName = "runuser";
            start.ArgumentList.Add("-u");
            start.ArgumentList.Add(ServiceUser);
            start.ArgumentList.Add("--");
            start.ArgumentList.Add(file);
        }
        else
        {
            start.FileName = file;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // pg_ctl leaves the server running with our stdout attached unless it is told otherwise;
        // reading to end would then never finish, so output is read asynchronously with a deadline.
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} did not finish within {timeout.TotalSeconds:0} s");
        }

        Task.WaitAll([stdout, stderr], TimeSpan.FromSeconds(5));
        return new CommandResult(process.ExitCode, Completed(stdout), Completed(stderr));
    }

    private static string Completed(Task<string> output) => output.IsCompletedSuccessfully ? output.Result : "";

    [LibraryImport("libc", EntryPoint = "geteuid")]
    private static partial uint GetEffectiveUserId();
}
