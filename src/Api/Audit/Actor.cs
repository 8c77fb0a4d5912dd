namespace FireMap.Api.Audit;

/// <summary>
/// Who makes a change: the authenticated user when there is one, else the name a client states in
/// the <c>X-FireMap-Actor</c> header (a trusted front end or tool; HTTP headers are ASCII, so a
/// Chinese name comes percent-encoded as UTF-8), else <c>anonymous</c>.
/// </summary>
public static class Actor
{
    public const string Header = "X-FireMap-Actor";
    private const int MaxLength = 64;

    public static string Of(HttpContext? http)
    {
        if (http?.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name })
        {
            return name;
        }

        var stated = Uri.UnescapeDataString(http?.Request.Headers[Header].ToString() ?? "").Trim();
        return string.IsNullOrEmpty(stated) ? "anonymous" : stated[..Math.Min(stated.Length, MaxLength)];
    }
}
