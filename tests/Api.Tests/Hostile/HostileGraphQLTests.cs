using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FireMap.TestHost;
using Xunit.Abstractions;

namespace FireMap.Api.Tests.Hostile;

/// <summary>
/// Walks the schema by introspection and feeds every argument of every query and mutation the
/// hostile values, as variables and as literals, with the other arguments given plausible values.
/// </summary>
[Collection(HostileServerCollection.Name)]
public sealed class HostileGraphQLTests(FireMapServerFixture server, ITestOutputHelper output)
{
    private const string Introspection = """
        { __schema {
            queryType { fields { name args { name type { ...T } } type { ...T } } }
            mutationType { fields { name args { name type { ...T } } type { ...T } } }
            types { name kind enumValues { name } inputFields { name type { ...T } } }
        } }
        fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
        """;

    private Dictionary<string, JsonElement> _types = [];

    [Fact]
    public async Task Every_argument_fed_hostile_values_gets_a_coded_refusal_no_internals_and_changes_nothing()
    {
        var check = new HostileCheck();
        var fields = await RootFieldsAsync();
        Assert.True(fields.Count > 10, "introspection found too few fields");
        using var client = server.CreateClient();

        foreach (var field in fields)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            foreach (var argument in field.Arguments)
            {
                var requests = HostileValues.Json().Select(value => Request(field, argument, value, literal: null))
                    .Concat(HostileValues.Literals().Select(literal => Request(field, argument, null, literal)));
                if (field.Operation == "query")
                {
                    // Reads change nothing: a few at a time keeps the suite short.
                    await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (body, _) =>
                    {
                        using var response = await client.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), body);
                        await check.CheckAsync($"{field.Name}({argument.Name}) {Describe(body)}", response);
                    });
                    continue;
                }

                // One checksum around the whole group when every request in it is refused; when
                // some are accepted (they may write), each refused one is checked on its own.
                var bodies = requests.ToList();
                var groupBefore = await TableChecksums.ReadAsync(server.DataSource);
                var anyAccepted = false;
                foreach (var body in bodies)
                {
                    using var response = await client.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), body);
                    anyAccepted |= !await check.CheckAsync($"mutation {field.Name}({argument.Name}) {Describe(body)}", response);
                }

                if (!anyAccepted)
                {
                    Assert.True(groupBefore == await TableChecksums.ReadAsync(server.DataSource), $"refused {field.Name}({argument.Name}) requests changed rows");
                    continue;
                }

                foreach (var body in bodies)
                {
                    var before = await TableChecksums.ReadAsync(server.DataSource);
                    using var response = await client.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), body);
                    var refused = await check.CheckAsync($"mutation {field.Name}({argument.Name}) {Describe(body)}", response);
                    if (refused && before != await TableChecksums.ReadAsync(server.DataSource))
                    {
                        Assert.Fail($"a refused {field.Name} changed rows: {Describe(body)}");
                    }
                }
            }

            output.WriteLine($"{field.Name}: {clock.ElapsedMilliseconds} ms");
        }

        await DeepQueriesAsync(client, check);
        output.WriteLine($"GraphQL: {check.Tried} hostile requests over {fields.Count} fields and {fields.Sum(f => f.Arguments.Count)} arguments; {check.Refused} refused; {check.ServerErrors} server errors");
        Assert.True(check.Failures.Count == 0, string.Join('\n', check.Failures.Take(30)));
    }

    // Nesting past the parser's recursion limit, long alias lists and unclosed braces.
    private static async Task DeepQueriesAsync(HttpClient client, HostileCheck check)
    {
        foreach (var depth in new[] { 20, 100, 130, 500, 5_000 })
        {
            var nested = "{ " + string.Concat(Enumerable.Repeat("a { ", depth)) + "b" + new string('}', depth) + " }";
            var listDepth = "{ buildings(first: " + new string('[', depth) + "1" + new string(']', depth) + ") { totalCount } }";
            var unclosed = "{ " + string.Concat(Enumerable.Repeat("a(x: {y: ", depth));
            foreach (var query in new[] { nested, listDepth, unclosed })
            {
                using var response = await client.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query });
                await check.CheckAsync($"nesting {depth}", response);
            }
        }

        var aliases = "{ " + string.Join(' ', Enumerable.Range(0, 20_000).Select(i => "a" + i.ToString(CultureInfo.InvariantCulture) + ": __typename")) + " }";
        using var many = await client.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query = aliases });
        await check.CheckAsync("20,000 aliases", many);
    }

    private object Request(GraphQLRootField field, GraphQLArgument target, JsonNode? value, string? literal)
    {
        var variables = new JsonObject();
        var declarations = new List<string>();
        var arguments = new List<string>();
        foreach (var argument in field.Arguments)
        {
            if (argument == target)
            {
                if (literal is not null)
                {
                    arguments.Add($"{argument.Name}: {literal}");
                }
                else
                {
                    declarations.Add($"$v: {argument.TypeText}");
                    arguments.Add($"{argument.Name}: $v");
                    variables["v"] = value?.DeepClone();
                }
            }
            else if (argument.Required)
            {
                declarations.Add($"${argument.Name}: {argument.TypeText}");
                arguments.Add($"{argument.Name}: ${argument.Name}");
                variables[argument.Name] = Plausible(argument.Name, argument.Type);
            }
        }

        var head = declarations.Count > 0 ? $"{field.Operation}({string.Join(", ", declarations)})" : field.Operation;
        var selection = field.ReturnsObject ? " { __typename }" : "";
        var query = $"{head} {{ {field.Name}({string.Join(", ", arguments)}){selection} }}";
        return new Dictionary<string, object?> { ["query"] = query, ["variables"] = variables };
    }

    // A value of the type that passes coercion, so that the request reaches the argument under test.
    private JsonNode? Plausible(string name, JsonElement type)
    {
        var kind = type.GetProperty("kind").GetString();
        if (kind == "NON_NULL")
        {
            return Plausible(name, type.GetProperty("ofType"));
        }

        if (kind == "LIST")
        {
            return new JsonArray(Plausible(name, type.GetProperty("ofType")));
        }

        var typeName = type.GetProperty("name").GetString()!;
        return (kind, typeName, name) switch
        {
            ("ENUM", _, _) => JsonValue.Create(_types[typeName].GetProperty("enumValues")[0].GetProperty("name").GetString()),
            ("INPUT_OBJECT", _, _) => new JsonObject(_types[typeName].GetProperty("inputFields").EnumerateArray()
                .Where(f => f.GetProperty("type").GetProperty("kind").GetString() == "NON_NULL")
                .Select(f => KeyValuePair.Create(f.GetProperty("name").GetString()!, Plausible(f.GetProperty("name").GetString()!, f.GetProperty("type"))))),
            (_, "Float", "lon") => JsonValue.Create(106.48),
            (_, "Float", "lat") => JsonValue.Create(29.48),
            (_, "Float", "west") => JsonValue.Create(106.47),
            (_, "Float", "south") => JsonValue.Create(29.47),
            (_, "Float", "east") => JsonValue.Create(106.49),
            (_, "Float", "north") => JsonValue.Create(29.49),
            (_, "Float", _) => JsonValue.Create(100.0),
            (_, "Int", _) => JsonValue.Create(5),
            (_, "Boolean", _) => JsonValue.Create(false),
            (_, "ID", _) => JsonValue.Create("1"),
            (_, "Date", _) => JsonValue.Create("2026-11-29"),
            (_, "DateTime", _) or (_, "DateTimeOffset", _) => JsonValue.Create("2026-11-29T09:30:00+08:00"),
            _ => JsonValue.Create("跃进村路1号"),
        };
    }

    private async Task<List<GraphQLRootField>> RootFieldsAsync()
    {
        using var client = server.CreateClient();
        using var response = await client.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query = Introspection });
        var schema = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("data").GetProperty("__schema").Clone();
        _types = schema.GetProperty("types").EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!, t => t);
        var fields = new List<GraphQLRootField>();
        foreach (var (operation, root) in new[] { ("query", "queryType"), ("mutation", "mutationType") })
        {
            if (schema.GetProperty(root).ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            foreach (var field in schema.GetProperty(root).GetProperty("fields").EnumerateArray())
            {
                var arguments = field.GetProperty("args").EnumerateArray()
                    .Select(a => new GraphQLArgument(a.GetProperty("name").GetString()!, GraphQLArgument.Text(a.GetProperty("type")), a.GetProperty("type")))
                    .ToList();
                var returns = GraphQLArgument.Named(field.GetProperty("type")).GetProperty("kind").GetString() is "OBJECT" or "INTERFACE" or "UNION";
                fields.Add(new GraphQLRootField(operation, field.GetProperty("name").GetString()!, arguments, returns));
            }
        }

        return fields;
    }

    private static string Describe(object body)
    {
        var text = JsonSerializer.Serialize(body);
        return text.Length > 200 ? text[..200] + "…" : text;
    }
}
