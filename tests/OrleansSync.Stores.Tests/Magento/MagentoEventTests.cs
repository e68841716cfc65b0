using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Customers;
using OrleansSync.Contracts.Orders;
using OrleansSync.Stores.Connectors;
using OrleansSync.Stores.Magento;
using OrleansSync.Stores.Simulators.Magento;
using OrleansSync.Stores.Tests.Infrastructure;

namespace OrleansSync.Stores.Tests.Magento;

/// <summary>An Adobe I/O event carrying a record maps to the same canonical events as the record polled over REST.</summary>
public sealed class MagentoEventTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private MagentoSimulator _simulator = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _simulator = await MagentoSimulator.StartAsync();
        MagentoSeed.Fill(_simulator.Data, seed: 5, customers: 4, products: 2, orders: 6, Start);
        _services = new ServiceCollection().AddMagento().BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _simulator.DisposeAsync();
    }

    private StoreOptions Store => TestStores.Of(StorePlatform.Magento, "magento-shop", _simulator.BaseUrl, accessToken: _simulator.AccessToken);

    [Fact]
    public async Task Map_OrderSaveEvent_BecomesTheEventsOfThePolledOrder()
    {
        _simulator.Data.SetOrderState(2, "complete", "complete");

        var fromEvent = Map("sales_order_save_commit_after", _simulator.Data.Orders[2].ToJsonString());
        var polled = await PollAsync(StoreResource.Orders, "2");

        Assert.Equal(CanonicalEvents.Comparable(polled), CanonicalEvents.Comparable(fromEvent));
        var fulfilled = Assert.IsType<OrderFulfilled>(Assert.Single(fromEvent));
        Assert.Equal(("100000002", "customer2@example.com", "USD"), (fulfilled.Order.OrderNumber, fulfilled.Order.Customer.Email, fulfilled.Store.Currency));
    }

    [Fact]
    public async Task Map_CustomerSaveEvent_BecomesTheEventOfThePolledCustomer()
    {
        var fromEvent = Map("customer_save_commit_after", _simulator.Data.Customers[2].ToJsonString());
        var polled = await PollAsync(StoreResource.Customers, "2");

        Assert.Equal(CanonicalEvents.Comparable(polled), CanonicalEvents.Comparable(fromEvent));
        Assert.Equal(ConsentState.OptedIn, Assert.IsType<CustomerCreated>(Assert.Single(fromEvent)).Customer.EmailConsent!.State);
    }

    [Fact]
    public void Map_DocumentedOrderEventShape_ReadsTheEventsAddressesAndStringNumbers()
    {
        // The shape of the I/O event sample in platform-events.md §4.1: string ids, addresses[] with address_type, negative discount.
        var value = """
            {"entity_id":"673","increment_id":"000000617","state":"processing","status":"processing","customer_email":"a@example.com",
             "customer_firstname":"A","customer_lastname":"B","customer_is_guest":1,"customer_group_id":0,"store_id":1,
             "order_currency_code":"USD","subtotal":505.75,"discount_amount":-101.15,"shipping_amount":5,"tax_amount":0,"grand_total":409.6,
             "created_at":"2023-08-16 08:40:19","updated_at":"2023-08-16 08:40:19",
             "items":[{"item_id":"998","sku":"SKU-1","name":"Name","product_id":"3953","product_type":"simple","qty_ordered":1,"price":505.75,"row_total":505.75,"discount_amount":101.15}],
             "addresses":[{"address_type":"billing","firstname":"A","lastname":"B","street":"1 Road","city":"Pune","postcode":"411001","country_id":"IN","telephone":"123","email":"a@example.com"}]}
            """;

        var paid = Assert.IsType<OrderPaid>(Assert.Single(Map("sales_order_save_commit_after", value)));

        Assert.Equal(("673", true, 101.15m, 409.6m, "IN"), (paid.Order.PlatformOrderId, paid.Order.Customer.IsGuest, paid.Order.Totals.Discount, paid.Order.Totals.Total, paid.Order.Customer.Addresses[0].CountryCode));
    }

    private IReadOnlyList<ICanonicalEvent> Map(string magentoEvent, string valueJson)
    {
        var value = System.Text.Json.Nodes.JsonNode.Parse(valueJson)!.AsObject();
        using var body = JsonDocument.Parse(AdobeIoEventSender.Body(magentoEvent, value, "evt-1").ToJsonString());
        var platform = _services.GetRequiredService<MagentoWebhooks>();
        var topic = platform.TopicOf(new DefaultHttpContext().Request, body.RootElement)!;
        Assert.True(platform.IsKnownTopic(topic));
        return platform.Map(topic, body.RootElement, new RecordMappingContext(Store, new HeaderDictionary(), "magento:magento-shop:evt-1", Start.AddDays(1)));
    }

    private async Task<IReadOnlyList<ICanonicalEvent>> PollAsync(StoreResource resource, string recordId)
    {
        var api = _services.GetServices<IStoreApi>().Single(a => a.Platform == StorePlatform.Magento);
        var page = await api.ReadPageAsync(Store, resource, StoreCursor.Start, default);
        return [.. page.Events.Where(e => e.Source.SourceId == recordId)];
    }
}
