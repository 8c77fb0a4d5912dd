namespace FireMap.Api.GraphQL.Http;

/// <summary>Settings of the GraphQL-over-HTTP endpoint; bind or configure through the options system.</summary>
public sealed class GraphQLHttpOptions
{
    /// <summary>Largest accepted POST body, in bytes. Larger bodies get 413.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// How long one request may run (parsing, validation, execution and its SQL) before it is
    /// stopped and answered with <c>TIME_BUDGET_EXCEEDED</c>. A request also stops when its client
    /// goes away.
    /// </summary>
    public TimeSpan RequestTimeBudget { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Where <c>{endpoint}/ui</c> redirects: the GraphiQL page under the static web root.</summary>
    public string ExplorerPagePath { get; set; } = "/graphiql/index.html";

    /// <summary>
    /// An error <c>extensions.code</c> meaning a dependency is down (the database): a result carrying
    /// it is answered with 503 and <c>Retry-After</c>, so clients and proxies retry instead of
    /// taking the answer for a final one. Null turns this off.
    /// </summary>
    public string? UnavailableCode { get; set; } = "SERVICE_UNAVAILABLE";

    /// <summary>The <c>Retry-After</c> of a 503, in seconds.</summary>
    public int RetryAfterSeconds { get; set; } = 5;
}
