namespace FireMap.Api.Errors;

/// <summary>
/// The one way a feature refuses a request: bad input naming the argument or field, not found,
/// conflict, forbidden or unavailable. Nothing is written when it is raised inside a change.
/// <see cref="RejectionGraphQL"/> maps it to GraphQL <c>extensions.code</c> and
/// <see cref="RejectionProblem"/> to RFC 9457 problem details; features never map it themselves.
/// </summary>
public sealed class Rejection : Exception
{
    private Rejection(RejectionKind kind, string title, string message, string? field, IReadOnlyDictionary<string, object?>? details)
        : base(message)
    {
        Kind = kind;
        Title = title;
        Field = field;
        Details = details ?? new Dictionary<string, object?>();
    }

    public RejectionKind Kind { get; }

    /// <summary>Short summary for problem details' <c>title</c> ("Invalid bbox").</summary>
    public string Title { get; }

    /// <summary>The argument or field at fault, when there is one.</summary>
    public string? Field { get; }

    /// <summary>Further facts for clients (the layer and record of an import, the id not found).</summary>
    public IReadOnlyDictionary<string, object?> Details { get; }

    /// <summary>The GraphQL error code of <see cref="Kind"/>.</summary>
    public string Code => CodeOf(Kind);

    /// <summary>A refusal of any kind with its whole message; <paramref name="field"/> names the input at fault.</summary>
    public static Rejection Of(RejectionKind kind, string message, string? field = null, string? title = null,
        IReadOnlyDictionary<string, object?>? details = null) =>
        new(kind, title ?? DefaultTitle(kind, field), message, field, details);

    /// <summary>An argument or field is unusable: the message is "Argument '<paramref name="field"/>': <paramref name="problem"/>".</summary>
    public static Rejection BadInput(string field, string problem, IReadOnlyDictionary<string, object?>? details = null) =>
        Of(RejectionKind.BadInput, $"Argument '{field}': {problem}", field, details: details);

    /// <summary>Bad input whose message is written whole by the caller (an import's layer, record and field).</summary>
    public static Rejection BadInputMessage(string title, string message, string? field = null, IReadOnlyDictionary<string, object?>? details = null) =>
        Of(RejectionKind.BadInput, message, field, title, details);

    /// <summary>Something asked for by name (a layer, an export format) does not exist.</summary>
    public static Rejection NotFoundMessage(string title, string message) => Of(RejectionKind.NotFound, message, title: title);

    /// <summary>No <paramref name="entity"/> has the id asked for.</summary>
    public static Rejection NotFound(string entity, string id) =>
        Of(RejectionKind.NotFound, $"No {entity} has id '{id}'", details: new Dictionary<string, object?> { ["entity"] = entity, ["id"] = id });

    /// <summary>No <paramref name="entity"/> has the id asked for.</summary>
    public static Rejection NotFound(string entity, long id) => NotFound(entity, id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static string DefaultTitle(RejectionKind kind, string? field) => kind switch
    {
        RejectionKind.BadInput => field is null ? "Invalid input" : $"Invalid {field}",
        RejectionKind.NotFound => "Not found",
        RejectionKind.Conflict => "Conflict",
        RejectionKind.Forbidden => "Forbidden",
        _ => "Unavailable",
    };

    public static string CodeOf(RejectionKind kind) => kind switch
    {
        RejectionKind.BadInput => "BAD_USER_INPUT",
        RejectionKind.NotFound => "NOT_FOUND",
        RejectionKind.Conflict => "CONFLICT",
        RejectionKind.Forbidden => "FORBIDDEN",
        _ => "SERVICE_UNAVAILABLE",
    };
}
