using OrleansSync.Contracts.Context;
using OrleansSync.Stores.Connectors;
using OrleansSync.Stores.Simulators.Hosting;
using OrleansSync.Stores.Simulators.Shopify;
using OrleansSync.Stores.Tests.Support;

namespace OrleansSync.Stores.Tests.Connectors;

public sealed class ShopifyApiTests
{
    [Fact]
    public async Task ReadPass_LinkHeaderCursors_ReadsEveryCustomerOnceAndEndsTheWindowAtThePassStart()
    {
        var simulator = new ShopifySimulator("shpat_test", bucketCapacity: 1000);
        ShopifyGenerator.Seed(simulator, customers: 25, orders: 0);
        await using var host = await SimulatorHost.StartAsync(e => e.MapShopifySimulator(simulator));

        var pages = await StoreApis.ReadPassAsync(StoreApis.For(StorePlatform.Shopify, TimeProvider.System), Store(host, "shpat_test"), StoreResource.Customers, StoreCursor.Start);

        Assert.Equal([10, 10, 5], pages.Select(p => p.Records));
        Assert.Equal(25, pages.SelectMany(p => p.Events).Select(e => e.Source.SourceId).Distinct().Count());
        Assert.Equal(25, pages[0].Total);
        Assert.NotNull(pages[^1].Next.ModifiedAfter);
        Assert.Null(pages[^1].Next.Position);
    }

    [Fact]
    public async Task ReadPage_WrongAccessToken_IsAnAuthFailure()
    {
        var simulator = new ShopifySimulator("shpat_test");
        await using var host = await SimulatorHost.StartAsync(e => e.MapShopifySimulator(simulator));

        var error = await Assert.ThrowsAsync<StoreApiException>(() =>
            StoreApis.For(StorePlatform.Shopify, TimeProvider.System).ReadPageAsync(Store(host, "shpat_wrong"), StoreResource.Orders, StoreCursor.Start, CancellationToken.None));

        Assert.True(error.IsAuthFailure);
        Assert.Equal(401, error.StatusCode);
    }

    [Fact]
    public async Task ReadPage_BucketFilledByAnotherAppOnTheToken_Is429WithShopifysRetryAfter()
    {
        var simulator = new ShopifySimulator("shpat_test", bucketCapacity: 10, leakPerSecond: 0.001);
        await using var host = await SimulatorHost.StartAsync(e => e.MapShopifySimulator(simulator));
        var api = StoreApis.For(StorePlatform.Shopify, TimeProvider.System);

        // The first read takes two calls (the page and count.json), then someone else fills the bucket behind our back.
        await api.ReadPageAsync(Store(host, "shpat_test"), StoreResource.Orders, StoreCursor.Start, CancellationToken.None);
        while (simulator.Bucket.TryTake(out _))
        {
        }

        var error = await Assert.ThrowsAsync<StoreApiException>(() =>
            api.ReadPageAsync(Store(host, "shpat_test"), StoreResource.Orders, StoreCursor.Start, CancellationToken.None));

        Assert.Equal((429, TimeSpan.FromSeconds(2)), (error.StatusCode, error.RetryAfter));
        Assert.Equal(1, simulator.Throttled);
    }

    [Fact]
    public async Task Backfill_SmallCallBucket_PacedByTheCallLimitHeaderAndNeverRefused()
    {
        var simulator = new ShopifySimulator("shpat_test", bucketCapacity: 5, leakPerSecond: 10);
        ShopifyGenerator.Seed(simulator, customers: 60, orders: 0);
        await using var host = await SimulatorHost.StartAsync(e => e.MapShopifySimulator(simulator));
        var store = Store(host, "shpat_test", pageSize: 2);
        store.Api!.CallsPerSecond = 10;

        // No retry may hide a 429: the simulator counts every one it sends.
        var pages = await StoreApis.ReadPassAsync(
            StoreApis.For(StorePlatform.Shopify, TimeProvider.System, o => o.MaxRetryAttempts = 0), store, StoreResource.Customers, StoreCursor.Start);

        Assert.Equal(60, pages.SelectMany(p => p.Events).Select(e => e.Source.SourceId).Distinct().Count());
        Assert.Equal((31, 0), (simulator.Calls, simulator.Throttled));
    }

    private static StoreOptions Store(SimulatorHost host, string token, int pageSize = 10) => new()
    {
        Id = "shop",
        Platform = StorePlatform.Shopify,
        Secret = "webhook-secret",
        PortalId = "1000001",
        DefaultCurrency = "USD",
        Api = new StoreApiOptions { BaseUrl = new Uri(host.BaseUrl, ShopifySimulatorEndpoints.BasePath), AccessToken = token, PageSize = pageSize },
    };
}
