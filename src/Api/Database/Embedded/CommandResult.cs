namespace FireMap.Api.Database.Embedded;

/// <summary>Exit code and captured output of an external command.</summary>
internal sealed record CommandResult(int ExitCode, string Output, string Error)
{
    public bool Succeeded => ExitCode == 0;

    public string Describe() => $"exit code {ExitCode}: {Error.Trim()} {Output.Trim()}".Trim();
}
