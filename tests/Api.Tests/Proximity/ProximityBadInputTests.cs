using System.Diagnostics;
using FireMap.TestHost;
using static FireMap.Api.Tests.GraphQL.GraphQLRequests;

namespace FireMap.Api.Tests.Proximity;

[Collection(FireMapServerCollection.Name)]
public sealed class ProximityBadInputTests(FireMapServerFixture server)
{
    [Theory]
    [InlineData("buildingsWithin(center: {lon: 106.48, lat: 91}, radiusMeters: 100)", "center")]
    [InlineData("buildingsWithin(center: {lon: 181, lat: 29.48}, radiusMeters: 100)", "center")]
    [InlineData("buildingsWithin(center: {lon: -180.5, lat: 29.48}, radiusMeters: 100)", "center")]
    [InlineData("buildingsWithin(center: {lon: 106.48, lat: 1e400}, radiusMeters: 100)", "center")]
    [InlineData("buildingsWithin(center: {lon: 106.48, lat: 29.48}, radiusMeters: 0)", "radiusMeters")]
    [InlineData("buildingsWithin(center: {lon: 106.48, lat: 29.48}, radiusMeters: -5)", "radiusMeters")]
    [InlineData("buildingsWithin(center: {lon: 106.48, lat: 29.48}, radiusMeters: 5000.001)", "radiusMeters")]
    [InlineData("buildingsWithin(center: {lon: 106.48, lat: 29.48}, radiusMeters: 1e400)", "radiusMeters")]
    [InlineData("buildingsWithin(center: {lon: 106.48, lat: 29.48}, radiusMeters: 100, first: 501)", "first")]
    [InlineData("buildingsWithin(center: {lon: 106.48, lat: 29.48}, radiusMeters: 100, after: \"xyz\")", "after")]
    [InlineData("placesWithin(center: {lon: 106.48, lat: -90.01}, radiusMeters: 100)", "center")]
    [InlineData("hydrantsWithin(center: {lon: 106.48, lat: 29.48}, radiusMeters: 9999)", "radiusMeters")]
    public async Task RadiusQuery_with_bad_argument_is_refused_naming_it_without_running_sql(string field, string argument)
    {
        using var client = server.CreateClient();
        using var sql = new SqlCommandCounter(new Npgsql.NpgsqlConnectionStringBuilder(server.ConnectionString).Database!);

        var body = await PostAsync(client, "{ " + field + " { totalCount edges { node { id } } } }");

        Assert.Equal("BAD_USER_INPUT", FirstErrorCode(body));
        Assert.Equal(argument, body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("argument").GetString());
        Assert.Equal(0, sql.Count);
    }

    [Theory]
    [InlineData("nearestStations(point: {lon: 106.48, lat: 29.48}, first: 51) { distanceMeters }", "first")]
    [InlineData("nearestStations(point: {lon: 106.48, lat: 29.48}, first: 0) { distanceMeters }", "first")]
    [InlineData("nearestStations(point: {lon: 200, lat: 29.48}) { distanceMeters }", "point")]
    public async Task NearestStations_with_bad_argument_is_refused_naming_it(string field, string argument)
    {
        using var client = server.CreateClient();
        using var sql = new SqlCommandCounter(new Npgsql.NpgsqlConnectionStringBuilder(server.ConnectionString).Database!);

        var body = await PostAsync(client, "{ " + field + " }");

        Assert.Equal("BAD_USER_INPUT", FirstErrorCode(body));
        Assert.Equal(argument, body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("argument").GetString());
        Assert.Equal(0, sql.Count);
    }

    [Fact]
    public async Task SqlCommandCounter_valid_query_sees_its_sql()
    {
        using var client = server.CreateClient();
        using var sql = new SqlCommandCounter(new Npgsql.NpgsqlConnectionStringBuilder(server.ConnectionString).Database!);

        await PostAsync(client, "{ buildingsWithin(center: {lon: 106.48, lat: 29.48}, radiusMeters: 100) { totalCount } }");

        Assert.True(sql.Count > 0, "the counter must see the commands of a valid query, or its zero above proves nothing");
    }

    /// <summary>Counts the SQL commands Npgsql starts in this process while it is alive.</summary>
    private sealed class SqlCommandCounter : IDisposable
    {
        private readonly ActivityListener _listener;
        private readonly string _database;
        private int _count;

        public SqlCommandCounter(string database)
        {
            _database = database;
            _listener = new ActivityListener
            {
                ShouldListenTo = source => source.Name == "Npgsql",
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
                // Tags are complete once a command has run. Only the service's own database counts:
                // cluster tests running in parallel use other databases.
                ActivityStopped = activity =>
                {
                    // Signing in the request's token is not the query's SQL.
                    var text = (activity.GetTagItem("db.query.text") ?? activity.GetTagItem("db.statement")) as string ?? "";
                    if (activity.GetTagItem("db.namespace") is string database && database == _database
                        && !text.Contains("api_tokens", StringComparison.Ordinal) && !text.Contains("FROM users", StringComparison.Ordinal))
                    {
                        Interlocked.Increment(ref _count);
                    }
                },
            };
            ActivitySource.AddActivityListener(_listener);
        }


        public int Count => _count;

        public void Dispose() => _listener.Dispose();
    }
}
