using Microsoft.Playwright;

namespace OrleansSync.Dashboard.Tests.Infrastructure;

/// <summary>
/// Headless Debian chromium driven by Playwright (no <c>playwright install</c>: the distribution's binary, offline). The binary
/// is <c>ORLEANSSYNC_CHROMIUM</c> when set, else <c>/usr/lib/chromium/chromium</c> (the package's own binary; the one on PATH is a wrapper script).
/// </summary>
public sealed class Browser : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private Browser(IPlaywright playwright, IBrowser browser) => (_playwright, _browser) = (playwright, browser);

    public static async Task<Browser> LaunchAsync()
    {
        var executable = Environment.GetEnvironmentVariable("ORLEANSSYNC_CHROMIUM") is { Length: > 0 } path ? path : "/usr/lib/chromium/chromium";
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"No chromium at {executable}: run scripts/test.sh (it installs Debian's chromium) or apt-get install -y chromium.");
        }

        var playwright = await Playwright.CreateAsync();
        return new Browser(playwright, await playwright.Chromium.LaunchAsync(new() { ExecutablePath = executable, Headless = true }));
    }

    /// <summary>A fresh browser context (no cookies) at the dashboard's size.</summary>
    public Task<IBrowserContext> NewContextAsync(string baseUrl) =>
        _browser.NewContextAsync(new() { BaseURL = baseUrl, ViewportSize = new() { Width = 1280, Height = 900 } });

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
