using Microsoft.Extensions.DependencyInjection;
using OrleansSync.Contracts.Carts;
using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Customers;
using OrleansSync.Contracts.Orders;
using OrleansSync.Stores.Connectors;
using OrleansSync.Stores.Http;
using OrleansSync.Stores.Magento;
using OrleansSync.Stores.Simulators.Magento;
using OrleansSync.Stores.Tests.Infrastructure;
using OrleansSync.Stores.Tests.Support;

namespace OrleansSync.Stores.Tests.Magento;

public sealed class MagentoStoreApiTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private MagentoSimulator _simulator = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _simulator = await MagentoSimulator.StartAsync();
        MagentoSeed.Fill(_simulator.Data, seed: 5, customers: 6, products: 3, orders: 10, Start);
        _services = new ServiceCollection().AddMagento().Configure<StoreHttpOptions>(StoreHttpTesting.Quick).BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _simulator.DisposeAsync();
    }

    private IStoreApi Api => _services.GetServices<IStoreApi>().Single(a => a.Platform == StorePlatform.Magento);

    private StoreOptions Store(string? token = null) =>
        TestStores.Of(StorePlatform.Magento, "magento-shop", _simulator.BaseUrl, accessToken: token ?? _simulator.AccessToken, pageSize: 4);

    [Fact]
    public async Task ReadPage_Orders_PagesThroughEveryOrderOnceAndReportsTheTotal()
    {
        var pages = await ReadAllAsync(StoreResource.Orders, StoreCursor.Start);

        Assert.Equal(10, pages[0].Total);
        Assert.All(pages, p => Assert.True(p.Records <= 4));

        // The watermark is inclusive: the record at a page's boundary may come again on the next page, never missing.
        var orders = pages.SelectMany(p => p.Events).Select(e => e.Source.SourceId).Distinct().ToList();
        Assert.Equal(Enumerable.Range(1, 10).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), orders);
    }

    [Fact]
    public async Task ReadPage_AfterTheBackfill_ReturnsTheOrderThatChangedSince()
    {
        var backfill = await ReadAllAsync(StoreResource.Orders, StoreCursor.Start);
        _simulator.Data.SetOrderState(4, "complete", "complete");

        var delta = await ReadAllAsync(StoreResource.Orders, backfill[^1].Next);

        var fulfilled = Assert.Single(delta.SelectMany(p => p.Events).OfType<OrderFulfilled>());
        Assert.Equal(("4", "complete"), (fulfilled.Order.PlatformOrderId, fulfilled.Order.RawStatus));
    }

    [Fact]
    public async Task ReadPage_CustomersAndActiveCarts_AreReadWithTheirTotals()
    {
        var customers = await ReadAllAsync(StoreResource.Customers, StoreCursor.Start);
        var carts = await ReadAllAsync(StoreResource.Carts, StoreCursor.Start);

        Assert.Equal(6, customers[0].Total);
        var subscribed = customers.SelectMany(p => p.Events).OfType<CustomerCreated>().Where(c => c.Customer.EmailConsent?.State == ConsentState.OptedIn);
        Assert.Equal(["2", "4", "6"], subscribed.Select(c => c.Customer.PlatformCustomerId!).Distinct().Order());
        var cart = Assert.Single(carts.SelectMany(p => p.Events).OfType<CartUpdated>());
        Assert.Equal(("900", "customer1@example.com", 22m), (cart.Cart.CartId, cart.Cart.Customer.Email, cart.Cart.Subtotal));
    }

    [Fact]
    public async Task ReadPage_WrongIntegrationToken_FailsAsAnAuthFailure()
    {
        var error = await Assert.ThrowsAsync<StoreApiException>(() => Api.ReadPageAsync(Store(token: "wrong"), StoreResource.Orders, StoreCursor.Start, default));

        Assert.Equal((401, true), (error.StatusCode!.Value, error.IsAuthFailure));
    }

    [Fact]
    public async Task ReadPage_RateLimitedLongerThanTheClientWaits_TellsTheConnectorTheWaitFromRetryAfter()
    {
        _simulator.Faults.RateLimitReset = TimeSpan.FromSeconds(3);
        _simulator.Faults.RateLimitNext(1);

        var error = await Assert.ThrowsAsync<StoreApiException>(() => Api.ReadPageAsync(Store(), StoreResource.Orders, StoreCursor.Start, default));

        Assert.Equal((429, TimeSpan.FromSeconds(3)), (error.StatusCode!.Value, error.RetryAfter!.Value));
    }

    [Fact]
    public async Task ReadPage_RateLimitedWithRetryAfter_WaitsTheStoresSecondThenReadsThePage()
    {
        _simulator.Faults.RateLimitReset = TimeSpan.FromSeconds(1);
        _simulator.Faults.RateLimitNext(1);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var page = await Api.ReadPageAsync(Store(), StoreResource.Orders, StoreCursor.Start, default);

        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(950), $"read after {clock.Elapsed}, before the Retry-After second");
        Assert.Equal(4, page.Records);
    }

    [Fact]
    public async Task ReadPage_StoreAnswers502Twice_ReadsThePageWithoutAnError()
    {
        _simulator.Faults.FailureStatus = 502;
        _simulator.Faults.FailNext(2);

        var page = await Api.ReadPageAsync(Store(), StoreResource.Orders, StoreCursor.Start, default);

        Assert.Equal(4, page.Records);
    }

    private async Task<List<StorePage>> ReadAllAsync(StoreResource resource, StoreCursor cursor)
    {
        var pages = new List<StorePage>();
        for (var i = 0; i < 50; i++)
        {
            var page = await Api.ReadPageAsync(Store(), resource, cursor, default);
            pages.Add(page);
            if (page.IsLast)
            {
                return pages;
            }

            cursor = page.Next;
        }

        throw new InvalidOperationException($"{resource} did not reach its last page in 50 pages (cursor {cursor}).");
    }
}
