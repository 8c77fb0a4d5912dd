using FireMap.Api.Access;
using FireMap.Spatial.Vocabulary;
using FireMap.TestHost;
using GraphQL.Types;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FireMap.Api.Tests.Accounts;

/// <summary>
/// Deny by default, held by walking everything the service offers: every field of every type in
/// the schema and every mapped endpoint states its access rule, so a new one cannot ship open.
/// </summary>
[Collection(FireMapServerCollection.Name)]
public sealed class AccessRuleCoverageTests(FireMapServerFixture server)
{
    [Fact]
    public void Schema_every_field_of_every_type_has_an_access_rule()
    {
        var schema = server.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var missing = new List<string>();
        var fields = 0;
        foreach (var type in schema.AllTypes.OfType<IComplexGraphType>().Where(t => t is not IInputObjectGraphType))
        {
            foreach (var field in type.Fields)
            {
                fields++;
                if (GraphQLAccess.RuleOf(field, type) is null)
                {
                    missing.Add($"{type.Name}.{field.Name}");
                }
            }
        }

        Assert.True(fields > 200, $"only {fields} fields walked");
        Assert.True(missing.Count == 0, $"fields without an access rule: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Schema_root_fields_have_rules_of_their_own()
    {
        var schema = server.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        IObjectGraphType[] roots = [schema.Query, schema.Mutation!];
        var missing = roots.SelectMany(root => root.Fields.Where(f => !f.Name.StartsWith("__", StringComparison.Ordinal)
            && GraphQLAccess.RuleOf(f, null) is null).Select(f => $"{root.Name}.{f.Name}")).ToList();
        Assert.True(missing.Count == 0, $"root fields without a rule of their own: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Endpoints_every_mapped_endpoint_states_its_rule()
    {
        var endpoints = server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        Assert.True(endpoints.Count > 10, $"only {endpoints.Count} endpoints");
        var open = endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null && e.Metadata.GetOrderedMetadata<IAuthorizeData>().Count == 0)
            .Select(e => e.RoutePattern.RawText).ToList();
        Assert.True(open.Count == 0, $"endpoints without a rule: {string.Join(", ", open)}");
    }

    [Fact]
    public void Endpoints_anonymous_only_where_the_issue_allows()
    {
        var anonymous = server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(e => e.RoutePattern.RawText).Order(StringComparer.Ordinal).ToList();
        // The public report and its status page are the only anonymous write and read of records (issue 19).
        Assert.Equal(["/alive", "/api/auth/login", "/api/public-reports", "/api/public-reports/status/{code}", "/health"], anonymous);
    }

    [Fact]
    public void Roles_equal_the_vocabulary_role_list()
    {
        Assert.Equal(Codes.Role.Codes, Roles.All);
    }
}
