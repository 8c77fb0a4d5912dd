using FireMap.Api.Access;

namespace FireMap.Api.Audit;

/// <summary>Who makes a change: always the signed-in user, by user name (requests reach changes only signed in).</summary>
public static class Actor
{
    public static string Of(HttpContext? http) => CurrentUser.Of(http).UserName;
}
