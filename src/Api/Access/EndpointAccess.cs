namespace FireMap.Api.Access;

/// <summary>Attaches an access rule to an HTTP endpoint as its authorization policy.</summary>
public static class EndpointAccess
{
    public static TBuilder Allow<TBuilder>(this TBuilder builder, AccessRule rule)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(rule);
        return builder.RequireAuthorization(rule.PolicyName);
    }
}
