using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using OrleansSync.Dashboard.Tests.Infrastructure;

namespace OrleansSync.Dashboard.Tests;

public sealed class DashboardBrowserTests(DashboardHost host) : IClassFixture<DashboardHost>
{
    [Fact]
    public async Task Dashboard_AfterSignIn_ShowsTheBacklogDeadLettersAndKpisTheAdminApiReports()
    {
        await ShopifyWebhooks.SendPaidOrderAsync(host.Anonymous, "shop-a", 5001, "ana@example.com", 25m);
        await Eventually.HoldsAsync(() => host.Crm.DealAsync("shop-a/5001"), d => d is not null, "the deal of shop-a/5001 in HubSpot");
        // The deal does not wait for its contact: the match rate is measured once the contact is in HubSpot too.
        await Eventually.HoldsAsync(() => host.Crm.ContactExistsAsync("ana@example.com"), exists => exists, "the contact ana@example.com in HubSpot");
        await DeadLetterSeed.ContactAsync(host.DeadLetters, "stuck@example.com");
        await host.Admin.PostJsonAsync("/admin/kpis/measure");

        var (context, page) = await DashboardPage.SignInAsync(host);
        await using (context)
        {
            var status = await host.Admin.GetJsonAsync("/admin/status");
            var deadLetters = (await host.Admin.GetJsonAsync("/admin/dead-letters"))["items"]!.AsArray().Count;
            var matchRate = (await host.Admin.GetJsonAsync("/admin/kpis")).AsArray()[0]!["kpis"]!.AsArray().Single(k => k!["name"]!.GetValue<string>() == "match_rate")!;

            await Assertions.Expect(page.GetByTestId("backlog")).ToHaveTextAsync(status["deliveries"]!["pending"]!.GetValue<long>().ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
            await Assertions.Expect(page.GetByTestId("dead-letter-count")).ToHaveTextAsync(deadLetters.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(100m, matchRate["percent"]!.GetValue<decimal>());
            await Assertions.Expect(page.GetByTestId("kpi-match_rate")).ToHaveTextAsync("100.00 %");
            await Assertions.Expect(page.Locator("#health")).ToHaveAttributeAsync("data-level", "amber"); // the seeded dead letter needs a look
            await Assertions.Expect(page.GetByText("Grid view (Orleans dashboard)")).ToHaveAttributeAsync("href", "/admin/grid/");
            await Assertions.Expect(page.Locator("tr[data-store=shop-a]").First).ToBeVisibleAsync();
            await DashboardPage.ScreenshotAsync(page, "dashboard-overview.png");
        }
    }

    [Fact]
    public async Task ReplayButton_OnADeadLetter_RemovesItAndWritesTheRecordToHubSpot()
    {
        var id = await DeadLetterSeed.ContactAsync(host.DeadLetters, "replayed@example.com");
        var (context, page) = await DashboardPage.SignInAsync(host);
        await using (context)
        {
            var row = page.Locator($"tr[data-dead-letter=\"{id}\"]");
            await Assertions.Expect(row).ToBeVisibleAsync();
            await DashboardPage.ScreenshotAsync(page, "dashboard-dead-letter-before-replay.png");

            await row.GetByRole(AriaRole.Button, new() { Name = "Replay" }).ClickAsync();

            await Assertions.Expect(row).ToHaveCountAsync(0, new() { Timeout = 30_000 });
            Assert.True(await host.Crm.ContactExistsAsync("replayed@example.com"));
            await Assertions.Expect(page.Locator("#audit tr[data-action=\"dead-letter.replay\"]", new() { HasText = $"dead letter {id}" })).ToContainTextAsync("200 OK");
            await DashboardPage.ScreenshotAsync(page, "dashboard-dead-letter-after-replay.png");
        }
    }

    [Fact]
    public async Task AuditLog_AfterAReplayAndAGdprErase_RecordsWhoWhatWhenAndOutcome()
    {
        var id = await DeadLetterSeed.ContactAsync(host.DeadLetters, "audited@example.com");
        await host.Admin.PostJsonAsync($"/admin/dead-letters/{id}/replay");
        var erase = await host.Admin.PostJsonAsync("/admin/gdpr/erasures", new { email = "gone@example.com", requestedBy = "dpo@example.com", reason = "ticket 42" });
        var requestId = erase["requestId"]!.GetValue<string>();

        var audit = await host.Admin.GetJsonAsync("/admin/audit");
        var actions = audit["actions"]!.AsArray().Select(a => a!.AsObject()).ToList();
        var replay = actions.Single(a => a["action"]!.GetValue<string>() == "dead-letter.replay" && a["target"]!.GetValue<string>() == $"dead letter {id}");
        Assert.StartsWith("bearer token from ", replay["actor"]!.GetValue<string>());
        Assert.Equal("200 OK", replay["outcome"]!.GetValue<string>());
        Assert.True(replay["at"]!.GetValue<DateTimeOffset>() > DateTimeOffset.MinValue);
        var erased = actions.Single(a => a["action"]!.GetValue<string>() == "gdpr.erase");
        Assert.Contains(requestId, erased["target"]!.GetValue<string>());
        Assert.Equal("202 Accepted", erased["outcome"]!.GetValue<string>());
        Assert.DoesNotContain("gone@example.com", audit.ToJsonString());
        var erasure = audit["erasures"]!.AsArray().Single(e => e!["requestId"]!.GetValue<string>() == requestId)!;
        Assert.Equal("dpo@example.com", erasure["requestedBy"]!.GetValue<string>());
    }

    [Fact]
    public async Task Dashboard_WithoutCredentials_RefusesThePageAndItsJson()
    {
        using var page = await host.Anonymous.GetAsync("/dashboard");
        Assert.Equal(HttpStatusCode.Unauthorized, page.StatusCode);
        Assert.Contains("Admin token", await page.Content.ReadAsStringAsync());
        foreach (var path in new[] { "/admin/overview", "/admin/rate-limits", "/admin/kpis", "/admin/reconciliations", "/admin/backfills", "/admin/audit", "/admin/dead-letters", "/admin/dashboard/app.js" })
        {
            using var refused = await host.Anonymous.GetAsync(path);
            Assert.True(refused.StatusCode == HttpStatusCode.Unauthorized, $"{path} answered {refused.StatusCode} without credentials");
        }

        using var wrongLogin = await host.Anonymous.PostAsync("/admin/login", new FormUrlEncodedContent([new("token", "not-the-token")]));
        Assert.Equal(HttpStatusCode.Unauthorized, wrongLogin.StatusCode);
        Assert.Contains("That is not the admin token.", await wrongLogin.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task DashboardSession_ChangingSomethingWithoutTheDashboardHeader_IsRefused()
    {
        var cookies = new CookieContainer();
        using var browserLike = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri(host.BaseUrl) };
        using var login = await browserLike.PostAsync("/admin/login", new FormUrlEncodedContent([new("token", host.AdminToken)]));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);

        using var read = await browserLike.GetAsync("/admin/overview");
        using var crossSite = await browserLike.PostAsync("/admin/kpis/measure", null);
        using var ownScript = new HttpRequestMessage(HttpMethod.Post, "/admin/kpis/measure") { Headers = { { "X-OrleansSync-Dashboard", "1" } } };
        using var dashboard = await browserLike.SendAsync(ownScript);

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, crossSite.StatusCode);
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
    }
}
