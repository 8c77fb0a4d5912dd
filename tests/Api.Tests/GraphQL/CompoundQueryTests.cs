using FireMap.TestHost;
using static FireMap.Api.Tests.GraphQL.GraphQLRequests;

namespace FireMap.Api.Tests.GraphQL;

[Collection(FireMapServerCollection.Name)]
public sealed class CompoundQueryTests(FireMapServerFixture server)
{
    [Fact]
    public async Task Compounds_list_counts_buildings_and_flags_missing_property_management()
    {
        using var client = server.CreateClient();
        var body = await PostAsync(client, """
            { compounds(first: 500) { totalCount edges { node { id name buildingCount hasPropertyManagement isOld geometry } } } }
            """);
        var connection = body.GetProperty("data").GetProperty("compounds");
        var nodes = connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();

        Assert.True(connection.GetProperty("totalCount").GetInt32() >= 50);
        Assert.Equal(connection.GetProperty("totalCount").GetInt32(), nodes.Count);
        Assert.Contains(nodes, n => !n.GetProperty("hasPropertyManagement").GetBoolean());
        Assert.Contains(nodes, n => n.GetProperty("isOld").GetBoolean());
        Assert.All(nodes, n => Assert.Equal("MultiPolygon", n.GetProperty("geometry").GetProperty("type").GetString()));

        await using var command = server.DataSource.CreateCommand("SELECT count(*) FROM buildings WHERE compound_id IS NOT NULL");
        var inCompounds = Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(inCompounds, nodes.Sum(n => n.GetProperty("buildingCount").GetInt32()));
    }

    [Fact]
    public async Task Compound_by_id_returns_its_name_and_aliases()
    {
        await using var command = server.DataSource.CreateCommand("SELECT id, name FROM compounds ORDER BY id LIMIT 1");
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        var (id, name) = (reader.GetInt64(0), reader.GetString(1));

        using var client = server.CreateClient();
        var body = await PostAsync(client, "query($id: ID!) { compound(id: $id) { name aliases communityName } }",
            new { id = id.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(name, body.GetProperty("data").GetProperty("compound").GetProperty("name").GetString());
    }
}
