using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OrleansSync.Contracts.Carts;
using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Customers;
using OrleansSync.Contracts.Orders;
using OrleansSync.Stores.CommerceTools;
using OrleansSync.Stores.Connectors;
using OrleansSync.Stores.Http;
using OrleansSync.Stores.Simulators.CommerceTools;
using OrleansSync.Stores.Tests.Infrastructure;
using OrleansSync.Stores.Tests.Support;

namespace OrleansSync.Stores.Tests.CommerceTools;

public sealed class CommerceToolsStoreApiTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private CommerceToolsSimulator _simulator = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _simulator = await CommerceToolsSimulator.StartAsync();
        CommerceToolsSeed.Fill(_simulator.Data, seed: 9, customers: 4, products: 2, orders: 8, Start);
        _services = new ServiceCollection().AddCommerceTools().Configure<StoreHttpOptions>(StoreHttpTesting.Quick).BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _simulator.DisposeAsync();
    }

    private IStoreApi Api => _services.GetServices<IStoreApi>().Single(a => a.Platform == StorePlatform.Commercetools);

    private StoreOptions Store(string? secret = null)
    {
        var store = TestStores.Of(StorePlatform.Commercetools, "ct-project", _simulator.BaseUrl, _simulator.ProjectKey, pageSize: 3);
        store.Api!.ClientId = _simulator.ClientId;
        store.Api.ClientSecret = secret ?? _simulator.ClientSecret;
        store.Api.TokenUrl = _simulator.TokenUrl;
        return store;
    }

    [Fact]
    public async Task ReadPage_Orders_FollowsTheTimeAndIdKeysetOnceEachAndReportsTheTotal()
    {
        var pages = await ReadAllAsync(StoreResource.Orders, StoreCursor.Start);

        Assert.Equal(8, pages[0].Total);
        Assert.Equal(Enumerable.Range(1, 8).Select(i => $"order-{i:D4}"), pages.SelectMany(p => p.Events).Select(e => e.Source.SourceId));
        Assert.Equal(4, pages.SelectMany(p => p.Events).OfType<OrderPaid>().Count());
    }

    [Fact]
    public async Task ReadPage_Changes_TurnsMessagesIntoTheEventsOfThePolledResources()
    {
        var backfill = await ReadAllAsync(StoreResource.Changes, StoreCursor.Start);
        Assert.Equal(4, backfill.SelectMany(p => p.Events).OfType<CustomerCreated>().Count());
        Assert.Equal(8, backfill.SelectMany(p => p.Events).OfType<OrderPlaced>().Count());

        _simulator.Data.SetShipmentState("order-0003", "Shipped");
        var changes = await ReadAllAsync(StoreResource.Changes, backfill[^1].Next);
        var polled = (await ReadAllAsync(StoreResource.Orders, StoreCursor.Start)).SelectMany(p => p.Events).Where(e => e.Source.SourceId == "order-0003");

        var fulfilled = Assert.IsType<OrderFulfilled>(Assert.Single(changes.SelectMany(p => p.Events)));
        Assert.Equal("shipment:Shipped", fulfilled.Order.RawStatus);
        Assert.Equal(CanonicalEvents.Comparable(polled), CanonicalEvents.Comparable([fulfilled]));
    }

    [Fact]
    public async Task Message_DocumentedCustomerLastNameSet_BecomesTheEventOfThePolledCustomer()
    {
        _simulator.Data.SetCustomerLastName("cust-0002", "Doe");
        var fixture = Fixtures.Read("commercetools/message-payload.example.json")
            .Replace("<customer_id>", "cust-0002", StringComparison.Ordinal).Replace("<message_id>", "msg-fixture", StringComparison.Ordinal);
        using var message = JsonDocument.Parse(fixture);
        var client = _services.GetRequiredService<CommerceToolsClient>();

        var collection = CommerceToolsMapper.ResourceToRead(message.RootElement.GetProperty("type").GetString());
        var customer = await client.GetResourceAsync(Store(), collection!, "cust-0002", default);
        var fromMessage = CommerceToolsMapper.Message(message.RootElement, customer, new RecordMappingContext(Store(), new HeaderDictionary(), "ct:msg-fixture", Start));
        var polled = (await ReadAllAsync(StoreResource.Customers, StoreCursor.Start)).SelectMany(p => p.Events).Where(e => e.Source.SourceId == "cust-0002");

        Assert.Equal(CanonicalEvents.Comparable(polled), CanonicalEvents.Comparable(fromMessage));
        Assert.Equal("Doe", Assert.IsType<CustomerUpdated>(Assert.Single(fromMessage)).Customer.LastName);
    }

    [Fact]
    public async Task ReadPage_ActiveCart_IsACartSignal()
    {
        var cart = Assert.IsType<CartUpdated>(Assert.Single((await ReadAllAsync(StoreResource.Carts, StoreCursor.Start)).SelectMany(p => p.Events)));

        Assert.Equal(("cart-0001", "customer1@example.com", 19.99m), (cart.Cart.CartId, cart.Cart.Customer.Email, cart.Cart.Total));
    }

    [Fact]
    public async Task ReadPage_Token_IsReusedAndRenewedOnceWhenRevoked()
    {
        await ReadAllAsync(StoreResource.Orders, StoreCursor.Start);
        Assert.Equal(1, _simulator.TokenRequests);

        _simulator.RevokeTokens();
        var page = await Api.ReadPageAsync(Store(), StoreResource.Customers, StoreCursor.Start, default);

        Assert.Equal(3, page.Records);
        Assert.Equal(2, _simulator.TokenRequests);
    }

    [Fact]
    public async Task ReadPage_WrongClientSecret_FailsAsAnAuthFailure()
    {
        var error = await Assert.ThrowsAsync<StoreApiException>(() => Api.ReadPageAsync(Store(secret: "wrong"), StoreResource.Orders, StoreCursor.Start, default));

        Assert.True(error.IsAuthFailure);
    }

    [Fact]
    public async Task ReadPage_RateLimitedLongerThanTheClientWaits_TellsTheConnectorTheWaitFromRetryAfter()
    {
        await Api.ReadPageAsync(Store(), StoreResource.Orders, StoreCursor.Start, default);
        _simulator.Faults.RateLimitReset = TimeSpan.FromSeconds(4);
        _simulator.Faults.RateLimitNext(1);

        var error = await Assert.ThrowsAsync<StoreApiException>(() => Api.ReadPageAsync(Store(), StoreResource.Orders, StoreCursor.Start, default));

        Assert.Equal((429, TimeSpan.FromSeconds(4)), (error.StatusCode!.Value, error.RetryAfter!.Value));
    }

    [Fact]
    public async Task ReadPage_TokenEndpointFailsTwice_TheTokenRequestIsRepeatedAndThePageRead()
    {
        _simulator.Faults.FailNext(2);

        var page = await Api.ReadPageAsync(Store(), StoreResource.Orders, StoreCursor.Start, default);

        Assert.True(page.Records > 0);
        Assert.Equal(1, _simulator.TokenRequests); // the simulator counts the tokens it issued, not the two refused requests
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
