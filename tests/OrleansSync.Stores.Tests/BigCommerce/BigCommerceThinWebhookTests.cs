using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OrleansSync.Contracts.Carts;
using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Customers;
using OrleansSync.Contracts.Orders;
using OrleansSync.Stores.BigCommerce;
using OrleansSync.Stores.Connectors;
using OrleansSync.Stores.Simulators.BigCommerce;
using OrleansSync.Stores.Tests.Infrastructure;

namespace OrleansSync.Stores.Tests.BigCommerce;

/// <summary>BigCommerce's documented thin callbacks, read back through the simulated API, against the same records polled.</summary>
public sealed class BigCommerceThinWebhookTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private BigCommerceSimulator _simulator = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _simulator = await BigCommerceSimulator.StartAsync();
        BigCommerceSeed.Fill(_simulator.Data, seed: 11, customers: 40, products: 2, orders: 60, Start);
        _services = new ServiceCollection().AddBigCommerce().BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _simulator.DisposeAsync();
    }

    private StoreOptions Store => TestStores.Of(StorePlatform.BigCommerce, "bc-shop", _simulator.BaseUrl, _simulator.StoreHash, _simulator.AccessToken, pageSize: 250);

    [Fact]
    public async Task MapAsync_StatusUpdatedFixture_BecomesTheEventsOfThePolledOrder()
    {
        // The fixture's order 250 (status 0 → 11, Awaiting Fulfillment) with a partial refund.
        _simulator.Data.SetOrderStatus(250, 11, "Awaiting Fulfillment");
        _simulator.Data.AddRefund(250, 9, 12.5m);

        var fromWebhook = await MapFixtureAsync("bigcommerce/store_order_statusUpdated.json");
        var polled = await PollAsync(StoreResource.Orders, "250");

        Assert.Equal(CanonicalEvents.Comparable(polled), CanonicalEvents.Comparable(fromWebhook));
        var paid = Assert.IsType<OrderPaid>(fromWebhook[0]);
        Assert.Equal(("250", "Awaiting Fulfillment", "customer10@example.com"), (paid.Order.PlatformOrderId, paid.Order.RawStatus, paid.Order.Customer.Email));
        var refund = Assert.IsType<OrderRefunded>(fromWebhook[1]);
        Assert.Equal(("9", 12.5m, false), (refund.Refund.RefundId, refund.Refund.Amount, refund.FullyRefunded));
    }

    [Fact]
    public async Task MapAsync_OrderCreatedFixture_PlacesTheOrderWithItsLines()
    {
        var events = await MapFixtureAsync("bigcommerce/store_order_created.json");

        var placed = Assert.IsType<OrderPlaced>(Assert.Single(events));
        Assert.NotEmpty(placed.Order.Lines);
        Assert.Equal("USD", placed.Store.Currency);
    }

    [Fact]
    public async Task MapAsync_CustomerCreatedFixture_BecomesTheEventOfThePolledCustomer()
    {
        var fromWebhook = await MapFixtureAsync("bigcommerce/store_customer_created.json");
        var polled = await PollAsync(StoreResource.Customers, "32");

        Assert.Equal(CanonicalEvents.Comparable(polled), CanonicalEvents.Comparable(fromWebhook));
        Assert.Equal("customer32@example.com", Assert.IsType<CustomerCreated>(Assert.Single(fromWebhook)).Customer.Email);
    }

    [Fact]
    public async Task MapAsync_CartAbandonedFixture_IsACartSignalWithTheRecoveryToken()
    {
        var cart = _simulator.Data.Carts.Values.Single().DeepClone().AsObject();
        cart["id"] = "09346904-4175-44fd-be53-f7e598531b6c";
        _simulator.Data.Carts["09346904-4175-44fd-be53-f7e598531b6c"] = cart;

        var events = await MapFixtureAsync("bigcommerce/store_cart_abandoned.json");

        var updated = Assert.IsType<CartUpdated>(Assert.Single(events));
        Assert.Equal(("09346904-4175-44fd-be53-f7e598531b6c", "1eed6d2d979776ff18e695ceeb10ea61", "customer1@example.com"),
            (updated.Cart.CartId, updated.Cart.CartToken, updated.Cart.Customer.Email));
    }

    [Fact]
    public async Task MapAsync_CartAlreadyConverted_ProducesNothing()
    {
        var events = await MapFixtureAsync("bigcommerce/store_cart_abandoned.json");

        Assert.Empty(events);
    }

    [Fact]
    public async Task MapAsync_StoreDown_FailsWithAStoreApiError()
    {
        _simulator.Faults.Outage = true;

        await Assert.ThrowsAsync<StoreApiException>(() => MapFixtureAsync("bigcommerce/store_order_statusUpdated.json"));
    }

    private async Task<IReadOnlyList<ICanonicalEvent>> MapFixtureAsync(string fixture)
    {
        // The documented samples keep the store hash as a placeholder.
        using var body = JsonDocument.Parse(Fixtures.Read(fixture).Replace("{store_hash}", _simulator.StoreHash, StringComparison.Ordinal));
        var platform = _services.GetRequiredService<BigCommerceWebhooks>();
        var topic = platform.TopicOf(new DefaultHttpContext().Request, body.RootElement)!;
        Assert.True(platform.IsKnownTopic(topic));
        var context = new RecordMappingContext(Store, new HeaderDictionary(), "bigcommerce:bc-shop:msg_1", Start.AddDays(1));
        return await platform.MapAsync(topic, body.RootElement, context, default);
    }

    private async Task<IReadOnlyList<ICanonicalEvent>> PollAsync(StoreResource resource, string recordId)
    {
        var api = _services.GetServices<IStoreApi>().Single(a => a.Platform == StorePlatform.BigCommerce);
        var page = await api.ReadPageAsync(Store, resource, StoreCursor.Start, default);
        return [.. page.Events.Where(e => e.Source.SourceId == recordId || e.Source.SourceId.StartsWith(recordId + "/", StringComparison.Ordinal))];
    }
}
