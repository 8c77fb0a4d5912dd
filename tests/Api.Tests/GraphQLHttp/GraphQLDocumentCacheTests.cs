using FireMap.Api.GraphQL.Http;
using GraphQL;
using GraphQL.DI;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;

namespace FireMap.Api.Tests.GraphQLHttp;

public sealed class GraphQLDocumentCacheTests : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly IDocumentExecuter _executer;
    private readonly ISchema _schema;
    private readonly GraphQLDocumentCache _cache;

    public GraphQLDocumentCacheTests()
    {
        var services = new ServiceCollection();
        services.AddGraphQL(b => b.AddSchema(new HttpTestSchema()).AddSystemTextJson().AddFireMapDocumentCache());
        _services = services.BuildServiceProvider();
        _executer = _services.GetRequiredService<IDocumentExecuter>();
        _schema = _services.GetRequiredService<ISchema>();
        _cache = _services.GetServices<IConfigureExecution>().OfType<GraphQLDocumentCache>().Single();
    }

    public void Dispose() => _services.Dispose();

    [Fact]
    public async Task ExecuteAsync_sameQueryTwice_reusesParsedDocument()
    {
        var first = await ExecuteAsync("query($n: String) { hello(name: $n) }", """{"n":"a"}""");
        var second = await ExecuteAsync("query($n: String) { hello(name: $n) }", """{"n":"b"}""");

        Assert.Null(first.Errors);
        Assert.Null(second.Errors);
        Assert.NotNull(first.Document);
        Assert.Same(first.Document, second.Document);
        Assert.Equal(1, _cache.Count);
    }

    [Fact]
    public async Task ExecuteAsync_invalidDocument_isNotCached()
    {
        var result = await ExecuteAsync("{ noSuchField }");

        Assert.False(result.Executed);
        Assert.Equal(0, _cache.Count);
    }

    [Fact]
    public async Task ExecuteAsync_cachedDocument_stillCoercesVariables()
    {
        const string Query = "query($n: String!) { hello(name: $n) }";
        var valid = await ExecuteAsync(Query, """{"n":"a"}""");
        Assert.True(valid.Executed);

        var missing = await ExecuteAsync(Query);

        Assert.False(missing.Executed);
        Assert.NotNull(missing.Errors);
    }

    [Fact]
    public void Add_pastCapacity_dropsLeastRecentlyUsed()
    {
        var cache = new GraphQLDocumentCache(capacity: 10);
        var document = new GraphQLDocument(new List<ASTNode>());
        for (var i = 0; i < 10; i++)
        {
            cache.Add(new(null, $"q{i}"), document);
        }

        Assert.True(cache.TryGet(new(null, "q0"), out _));
        cache.Add(new(null, "q10"), document);

        Assert.True(cache.Count <= 10);
        Assert.True(cache.TryGet(new(null, "q0"), out _));
        Assert.True(cache.TryGet(new(null, "q10"), out _));
        Assert.False(cache.TryGet(new(null, "q1"), out _));
    }

    private Task<ExecutionResult> ExecuteAsync(string query, string? variables = null)
    {
        var serializer = _services.GetRequiredService<IGraphQLTextSerializer>();
        return _executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = _schema,
            Query = query,
            Variables = variables is null ? null : serializer.Deserialize<Inputs>(variables),
            RequestServices = _services,
        });
    }
}
