using OrleansSync.Contracts.Connectors;
using OrleansSync.Grains.Tests.Fixtures;
using OrleansSync.Stores.Connectors;
using OrleansSync.Stores.Simulators.Hosting;
using OrleansSync.Stores.Simulators.Shopify;

namespace OrleansSync.Grains.Tests.Connectors;

/// <summary>The store connector against a simulated Shopify store (Link-header cursors, leaky bucket) over real HTTP.</summary>
public sealed class ShopifyConnectorTests
{
    private const string StoreId = "shopify-sim";
    private const string Token = "shpat_sim";

    [Fact]
    public async Task Backfill_SimulatedShopifyStoreThenAChange_SandboxHoldsExactlyItsRecordsAndTheChange()
    {
        var shop = new ShopifySimulator(Token);
        ShopifyGenerator.Seed(shop, customers: 20, orders: 40);
        await using var host = await SimulatorHost.StartAsync(e => e.MapShopifySimulator(shop));
        await using var sync = await SyncCluster.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Gateway:Stores:0:Id"] = StoreId,
            ["Gateway:Stores:0:Platform"] = "Shopify",
            ["Gateway:Stores:0:Secret"] = "shopify-app-secret",
            ["Gateway:Stores:0:PortalId"] = SyncCluster.PortalId,
            ["Gateway:Stores:0:PlatformStoreId"] = "sim.myshopify.com",
            ["Gateway:Stores:0:Api:BaseUrl"] = new Uri(host.BaseUrl, ShopifySimulatorEndpoints.BasePath).ToString(),
            ["Gateway:Stores:0:Api:AccessToken"] = Token,
            ["Gateway:Stores:0:Api:PageSize"] = "10",
            ["Gateway:Stores:0:Api:PollInterval"] = "00:00:01",
        });

        var done = await SimulatedWooStore.WaitForAsync(sync, p => p.State == ConnectorState.Polling, "backfill done, polling", storeId: StoreId);
        Assert.Equal((40L, 40L), (done.Resources.Single(r => r.Resource == "Orders").Done, done.Resources.Single(r => r.Resource == "Orders").Total));
        shop.Change(StoreResource.Customers, 7_000_001, c => c["first_name"] = "Polled");

        await sync.SettleUntilAsync(
            () => sync.HubSpot.Contact(ShopifyGenerator.Email(1))?.Properties.GetValueOrDefault("firstname") == "Polled",
            "customer 1's new name in HubSpot");
        Assert.Equal(Enumerable.Range(1, 20).Select(ShopifyGenerator.Email).Order(), sync.HubSpot.Contacts.Select(c => c.Properties.GetValueOrDefault("email") ?? "").Order());
        Assert.Equal(40, sync.HubSpot.Deals.Count);
        Assert.Equal(Enumerable.Range(1, 40).Sum(ShopifyGenerator.LinesOf), sync.HubSpot.LineItems.Count);
    }
}
