using Microsoft.Extensions.DependencyInjection;
using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Customers;
using OrleansSync.Contracts.Orders;
using OrleansSync.Contracts.Products;
using OrleansSync.Stores.BigCommerce;
using OrleansSync.Stores.Connectors;
using OrleansSync.Stores.Http;
using OrleansSync.Stores.Simulators.BigCommerce;
using OrleansSync.Stores.Tests.Infrastructure;
using OrleansSync.Stores.Tests.Support;

namespace OrleansSync.Stores.Tests.BigCommerce;

public sealed class BigCommerceStoreApiTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private BigCommerceSimulator _simulator = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _simulator = await BigCommerceSimulator.StartAsync();
        BigCommerceSeed.Fill(_simulator.Data, seed: 7, customers: 7, products: 3, orders: 12, Start);
        _services = new ServiceCollection().AddBigCommerce().Configure<StoreHttpOptions>(StoreHttpTesting.Quick).BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _simulator.DisposeAsync();
    }

    private IStoreApi Api => _services.GetServices<IStoreApi>().Single(a => a.Platform == StorePlatform.BigCommerce);

    private StoreOptions Store(string? token = null, int pageSize = 5) =>
        TestStores.Of(StorePlatform.BigCommerce, "bc-shop", _simulator.BaseUrl, _simulator.StoreHash, token ?? _simulator.AccessToken, pageSize);

    [Fact]
    public async Task ReadPage_Orders_PagesThroughEveryOrderOnceAndReportsTheTotal()
    {
        var pages = await ReadAllAsync(StoreResource.Orders, StoreCursor.Start);

        Assert.Equal(12, pages[0].Total);
        var orders = pages.SelectMany(p => p.Events).Select(e => e.Source.SourceId).Distinct().ToList();
        Assert.Equal(Enumerable.Range(201, 12).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), orders.Order());
        Assert.All(pages.SelectMany(p => p.Events).OfType<OrderPaid>(), e => Assert.Equal("Awaiting Fulfillment", e.Order.RawStatus));
        Assert.True(pages[^1].IsLast);
        Assert.All(pages, p => Assert.Empty(p.Rejected));
    }

    [Fact]
    public async Task ReadPage_AfterTheBackfill_ReturnsOnlyOrdersChangedSince()
    {
        var backfill = await ReadAllAsync(StoreResource.Orders, StoreCursor.Start);
        _simulator.Data.SetOrderStatus(203, 5, "Cancelled");

        var delta = await ReadAllAsync(StoreResource.Orders, backfill[^1].Next);

        var cancelled = Assert.Single(delta.SelectMany(p => p.Events).OfType<OrderCancelled>());
        Assert.Equal(("203", OrderStatus.Cancelled), (cancelled.Order.PlatformOrderId, cancelled.Order.Status));
    }

    [Fact]
    public async Task ReadPage_CustomersAndProducts_UseV3PaginationAndItsTotal()
    {
        var customers = await ReadAllAsync(StoreResource.Customers, StoreCursor.Start);
        var products = await ReadAllAsync(StoreResource.Products, StoreCursor.Start);

        Assert.Equal(7, customers[0].Total);
        Assert.Equal(7, customers.SelectMany(p => p.Events).OfType<CustomerCreated>().Select(c => c.Customer.Email).Distinct().Count());
        Assert.Equal(3, products[0].Total);
        Assert.Equal(6, products.SelectMany(p => p.Events).OfType<ProductUpserted>().Select(p => p.Product.Sku).Distinct().Count());
    }

    [Fact]
    public async Task ReadPage_WrongAccessToken_FailsAsAnAuthFailure()
    {
        var error = await Assert.ThrowsAsync<StoreApiException>(() => Api.ReadPageAsync(Store(token: "not-the-token"), StoreResource.Orders, StoreCursor.Start, default));

        Assert.True(error.IsAuthFailure);
        Assert.Equal(401, error.StatusCode);
    }

    [Fact]
    public async Task ReadPage_RateLimitedLongerThanTheClientWaits_TellsTheConnectorTheWaitFromTheResetHeader()
    {
        _simulator.Faults.RateLimitReset = TimeSpan.FromMilliseconds(1500);
        _simulator.Faults.RateLimitNext(1);

        var error = await Assert.ThrowsAsync<StoreApiException>(() => Api.ReadPageAsync(Store(), StoreResource.Customers, StoreCursor.Start, default));

        Assert.Equal((429, false, TimeSpan.FromMilliseconds(1500)), (error.StatusCode!.Value, error.IsAuthFailure, error.RetryAfter!.Value));
    }

    [Fact]
    public async Task ReadPage_StoreDownThroughEveryRetry_FailsWith503AfterThreeAttemptsWithoutBeingAnAuthFailure()
    {
        _simulator.Faults.Outage = true;

        var error = await Assert.ThrowsAsync<StoreApiException>(() => Api.ReadPageAsync(Store(), StoreResource.Orders, StoreCursor.Start, default));

        Assert.Equal((503, false), (error.StatusCode!.Value, error.IsAuthFailure));
        Assert.Equal(1 + StoreHttpTesting.RetryAttempts, _simulator.Requests);
    }

    [Fact]
    public async Task ReadPage_StoreFailsTwiceThenAnswers_ReadsThePageWithoutAnError()
    {
        var expected = await Api.ReadPageAsync(Store(), StoreResource.Customers, StoreCursor.Start, default);
        var requestsForOnePage = _simulator.Requests;
        _simulator.Faults.FailNext(2);

        var page = await Api.ReadPageAsync(Store(), StoreResource.Customers, StoreCursor.Start, default);

        Assert.Equal(expected.Records, page.Records);
        Assert.Equal(expected.Events.Select(e => e.Source.SourceId), page.Events.Select(e => e.Source.SourceId));
        Assert.Equal(requestsForOnePage + 2, _simulator.Requests - requestsForOnePage);
    }

    [Fact]
    public async Task ReadPage_RateLimitedBriefly_WaitsTheResetHeaderAndReadsThePage()
    {
        _simulator.Faults.RateLimitReset = TimeSpan.FromMilliseconds(700);
        _simulator.Faults.RateLimitNext(1);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var page = await Api.ReadPageAsync(Store(), StoreResource.Customers, StoreCursor.Start, default);

        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(650), $"read after {clock.Elapsed}, before the store's reset");
        Assert.Equal(5, page.Records);
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
