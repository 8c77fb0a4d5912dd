namespace FireMap.Api.Errors;

/// <summary>Why a request was refused; each kind has one GraphQL code and one HTTP status.</summary>
public enum RejectionKind
{
    /// <summary>An argument or field is unusable (<c>BAD_USER_INPUT</c>, 400).</summary>
    BadInput,

    /// <summary>No record has the id asked for (<c>NOT_FOUND</c>, 404).</summary>
    NotFound,

    /// <summary>The change collides with the stored state: a stale version, a closed record (<c>CONFLICT</c>, 409).</summary>
    Conflict,

    /// <summary>The caller may not do this (<c>FORBIDDEN</c>, 403).</summary>
    Forbidden,

    /// <summary>A dependency is down or busy; try later (<c>SERVICE_UNAVAILABLE</c>, 503 with Retry-After).</summary>
    Unavailable,
}
