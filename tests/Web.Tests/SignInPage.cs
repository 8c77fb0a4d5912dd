using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FireMap.Web.Tests;

/// <summary>The map's sign-in form, driven as a user would.</summary>
public sealed class SignInPage(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator Form => Page.GetByTestId("sign-in-form");

    public ILocator UserName => Page.GetByTestId("sign-in-user");

    public ILocator Password => Page.GetByTestId("sign-in-password");

    public ILocator Submit => Page.GetByTestId("sign-in-submit");

    public ILocator Error => Page.GetByTestId("sign-in-error");

    public ILocator Message => Page.GetByTestId("sign-in-message");

    /// <summary>Fills in the form and sends it; a refusal shows in <see cref="Error"/>.</summary>
    public async Task SubmitAsync(string userName, string password)
    {
        await UserName.FillAsync(userName);
        await Password.FillAsync(password);
        await Submit.ClickAsync();
    }

    /// <summary>
    /// Signs in on the form and waits until the form is gone; when the per-address sign-in limit
    /// was reached (the tests all come from one address), waits and sends the form again.
    /// </summary>
    public async Task SignInAsync(string userName, string password)
    {
        for (var attempt = 0; ; attempt++)
        {
            await SubmitAsync(userName, password);
            var outcome = await Page.WaitForFunctionAsync("""
                () => !document.querySelector('[data-testid=sign-in-form]') ? 'in'
                  : document.querySelector('[data-testid=sign-in-error]:not([hidden])')?.dataset.reason ?? null
                """);
            var reason = await outcome.JsonValueAsync<string>();
            if (reason == "in")
            {
                return;
            }

            Assert.True(reason == "rateLimited" && attempt < 20, $"sign-in as {userName} refused: {reason} ({await Error.TextContentAsync()})");
            await Task.Delay(TimeSpan.FromSeconds(5));
        }
    }

    public Task ExpectShownAsync() => Expect(Form).ToBeVisibleAsync();
}
