using FireMap.TestHost;
using static Microsoft.Playwright.Assertions;

namespace FireMap.Web.Tests;

/// <summary>GraphiQL at /graphql/ui loads the schema: its documentation explorer lists the root types.</summary>
[Collection(FireMapServerCollection.Name)]
public sealed class ExplorerTests(FireMapServerFixture server, Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task Explorer_loads_the_schema_and_shows_its_docs()
    {
        await using var context = await browser.NewContextAsync();
        await SignIn.ContextAsync(context, server, "viewer");
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        await page.GotoAsync($"{server.BaseUrl}/graphql/ui");
        await Expect(page.Locator(".graphiql-container")).ToBeVisibleAsync();
        await page.Locator("button[aria-label*='Documentation']").First.ClickAsync();
        await Expect(page.Locator(".graphiql-doc-explorer")).ToContainTextAsync("Query", new() { Timeout = 15_000 });
        await Expect(page.Locator(".graphiql-doc-explorer")).Not.ToContainTextAsync("Error fetching schema");
        await page.Locator(".graphiql-doc-explorer a", new() { HasTextString = "Query" }).First.ClickAsync();
        await Expect(page.Locator(".graphiql-doc-explorer")).ToContainTextAsync("compoundRanking");
        Assert.DoesNotContain(errors, e => e.Contains("schema", StringComparison.OrdinalIgnoreCase));
    }
}
