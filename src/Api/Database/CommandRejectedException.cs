namespace FireMap.Api.Database;

/// <summary>
/// A change was refused by a domain rule (nothing was written). <see cref="Code"/> is the error
/// code clients see (BAD_USER_INPUT, NOT_FOUND, CONFLICT); <see cref="Argument"/> names the input at fault.
/// </summary>
public sealed class CommandRejectedException(string code, string message, string? argument = null) : Exception(message)
{
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string NotFound = "NOT_FOUND";
    public const string Conflict = "CONFLICT";

    public string Code { get; } = code;

    public string? Argument { get; } = argument;
}
