using Microsoft.Playwright;

namespace FireMap.Web.Tests;

/// <summary>
/// Debian's Chromium driven by Playwright, launched once per test class. Playwright never
/// downloads a browser here: the executable path points at the system one.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    /// <summary>Where Debian's chromium package installs the browser; FIREMAP_CHROMIUM overrides it.</summary>
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("FIREMAP_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"No Chromium at {ExecutablePath}: install Debian's chromium package (apt-get install chromium fonts-noto-cjk)");
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
    }

    /// <summary>
    /// A phone: 390 × 844, touch, a phone's user agent, and the geolocation permission with a fixed
    /// position (<paramref name="lon"/>, <paramref name="lat"/>, accuracy 12 m).
    /// </summary>
    public Task<IBrowserContext> NewPhoneContextAsync(double lon, double lat)
    {
        var browser = _browser ?? throw new InvalidOperationException("The browser has not started");
        return browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
            UserAgent = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36",
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            Permissions = ["geolocation"],
            Geolocation = new() { Longitude = (float)lon, Latitude = (float)lat, Accuracy = 12 },
        });
    }

    /// <summary>A fresh context (own storage, so no language choice leaks between tests) at a desktop size.</summary>
    public Task<IBrowserContext> NewContextAsync()
    {
        var browser = _browser ?? throw new InvalidOperationException("The browser has not started");
        return browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = 1280, Height = 800 },
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}
