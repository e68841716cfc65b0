using System.Text.Json.Nodes;
using Microsoft.Playwright;
using OrleansSync.Dashboard.Tests.Infrastructure;

namespace OrleansSync.Dashboard.Tests;

/// <summary>Each test uses its own store, so their totals do not mix (totals are per day, store and currency).</summary>
public sealed class ReconciliationTests(DashboardHost host) : IClassFixture<DashboardHost>
{
    [Fact]
    public async Task Reconcile_DealsAsTheStoreWasPaid_ReportsZeroVariance()
    {
        await ShopifyWebhooks.SendPaidOrderAsync(host.Anonymous, "shop-a", 6001, "carla@example.com", 30m);
        await ShopifyWebhooks.SendPaidOrderAsync(host.Anonymous, "shop-a", 6002, "dave@example.com", 12.5m);
        await DealAsync("shop-a/6001", "30.00");
        await DealAsync("shop-a/6002", "12.50");

        var report = (await host.Admin.PostJsonAsync("/admin/reconciliations", new { portalId = DashboardHost.PortalId })).AsArray().Single()!;

        var total = Total(report, "shop-a");
        Assert.Equal(0m, total["variancePercent"]!.GetValue<decimal>());
        Assert.True(total["withinBar"]!.GetValue<bool>());
        Assert.Equal(42.5m, total["storeNet"]!.GetValue<decimal>());
        Assert.Equal(42.5m, total["hubSpotClosedWon"]!.GetValue<decimal>());
        Assert.DoesNotContain(report["differences"]!.AsArray(), d => d!["storeId"]!.GetValue<string>() == "shop-a");
    }

    [Fact]
    public async Task ReconcileButton_AfterADealAmountWasChangedInHubSpot_ListsThatOrder()
    {
        await ShopifyWebhooks.SendPaidOrderAsync(host.Anonymous, "shop-b", 7001, "erin@example.com", 80m);
        await ShopifyWebhooks.SendPaidOrderAsync(host.Anonymous, "shop-b", 7002, "frank@example.com", 20m);
        var (dealId, _) = await DealAsync("shop-b/7001", "80.00");
        await DealAsync("shop-b/7002", "20.00");
        await host.Crm.SetDealAmountAsync(dealId, "64.00");

        var (context, page) = await DashboardPage.SignInAsync(host);
        await using (context)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Reconcile" }).ClickAsync();

            var row = page.Locator("tr[data-order=\"shop-b/7001\"]");
            await Assertions.Expect(row).ToContainTextAsync("amount differs");
            await Assertions.Expect(row).ToContainTextAsync("64.00");
            await Assertions.Expect(page.GetByTestId("variance-shop-b-USD")).ToHaveTextAsync("16.00 %");
            await Assertions.Expect(page.Locator("tr[data-order=\"shop-b/7002\"]")).ToHaveCountAsync(0);
            await DashboardPage.ScreenshotAsync(page, "dashboard-reconciliation-mismatch.png");
        }

        // Kept: the newest report lists the order with both amounts.
        var kept = (await host.Admin.GetJsonAsync($"/admin/reconciliations?portalId={DashboardHost.PortalId}&limit=1")).AsArray().Single()!;
        var difference = kept["differences"]!.AsArray().Single(d => d!["orderKey"]!.GetValue<string>() == "shop-b/7001")!;
        Assert.Equal("amount differs", difference["reason"]!.GetValue<string>());
        Assert.Equal(80m, difference["storeAmount"]!.GetValue<decimal>());
        Assert.Equal(64m, difference["hubSpotAmount"]!.GetValue<decimal>());
        Assert.False(Total(kept, "shop-b")["withinBar"]!.GetValue<bool>());
    }

    private async Task<(string Id, JsonObject Properties)> DealAsync(string orderKey, string amount) =>
        (await Eventually.HoldsAsync(
            () => host.Crm.DealAsync(orderKey),
            d => d?.Properties["amount"]?.GetValue<string>() == amount && d.Value.Properties["closedate"] is not null,
            $"the deal of {orderKey} in HubSpot with amount {amount}"))!.Value;

    private static JsonNode Total(JsonNode report, string storeId) =>
        report["totals"]!.AsArray().Single(t => t!["storeId"]!.GetValue<string>() == storeId && t["currency"]!.GetValue<string>() == "USD")!;
}
