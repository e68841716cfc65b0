using Microsoft.Playwright;

namespace OrleansSync.Dashboard.Tests.Infrastructure;

/// <summary>Signs in to the dashboard in a fresh browser context, as an operator does: the login form, then the page.</summary>
internal static class DashboardPage
{
    /// <param name="refreshMs">The page's polling interval (the dashboard's <c>?refresh=</c>), short so tests need not wait.</param>
    public static async Task<(IBrowserContext Context, IPage Page)> SignInAsync(DashboardHost host, int refreshMs = 500)
    {
        var context = await host.Browser.NewContextAsync(host.BaseUrl);
        var page = await context.NewPageAsync();
        var login = await page.GotoAsync($"/admin/dashboard?refresh={refreshMs}");
        Assert.Equal(401, login!.Status);
        await page.FillAsync("#token", host.AdminToken);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/admin/dashboard");
        await page.GotoAsync($"/admin/dashboard?refresh={refreshMs}");
        await Assertions.Expect(page.Locator("body[data-loaded=true]")).ToHaveCountAsync(1);
        return (context, page);
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Artifacts.PathOf(name), FullPage = true });
}
