namespace FireMap.Api.Security;

/// <summary>
/// Section <c>FireMap:Security</c>: the host names the service answers to (besides localhost,
/// 127.0.0.1, [::1] and the addresses it is bound to).
/// </summary>
public sealed class SecurityOptions
{
    public const string Section = "FireMap:Security";

    /// <summary>
    /// Extra host names (without port), e.g. <c>firemap.example.org</c>. <c>*</c> answers every
    /// host, which gives up the protection against DNS rebinding.
    /// </summary>
    public IList<string> AllowedHosts { get; } = [];
}
