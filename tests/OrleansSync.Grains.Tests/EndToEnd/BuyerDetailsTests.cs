using OrleansSync.Contracts.Carts;
using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Customers;
using OrleansSync.Contracts.Orders;
using OrleansSync.Grains.Tests.Fixtures;
using OrleansSync.Grains.Tests.Streams;

namespace OrleansSync.Grains.Tests.EndToEnd;

/// <summary>
/// Regressions from the hostile-input run: contacts made from orders and checkouts had no name, phone or address although
/// the order carried billing details. Those details fill blanks; the customer record always wins.
/// </summary>
public sealed class BuyerDetailsTests
{
    private static readonly StoreContext _store = StoreStreamBuilder.UsStore;

    private static readonly PostalAddress _billing = new("billing", "Ana", "Lima", "Lima Ltda", "Rua A 1", null, "Recife", "PE", "50000-000", "BR", "+55 81 5555");

    private static SourceStamp Stamp(string id, DateTimeOffset at) => new(id, null, at, null, at);

    private static CustomerProfile Guest(string email) =>
        new(email, null, null, null, null, [_billing], null, null, null, null, [], [], null, true, null);

    [Fact]
    public async Task Order_GuestWithBillingDetails_ContactGetsNamePhoneAndAddress()
    {
        await using var sync = await SyncCluster.StartAsync();
        var at = sync.Clock.GetUtcNow();
        var order = TestEvents.Order("7001", "ana@example.com", at, currency: "USD") with { Customer = Guest("ana@example.com") };

        await sync.PostAsync([new OrderPaid(_store, Stamp("7001", at), order)]);
        await sync.SettleAsync();

        var contact = sync.HubSpot.Contact("ana@example.com")!.Properties;
        Assert.Equal(("Ana", "Lima", "+55 81 5555"), (contact["firstname"], contact["lastname"], contact["phone"]));
        Assert.Equal(("Rua A 1", "Recife", "PE", "50000-000", "BR"), (contact["address"], contact["city"], contact["state"], contact["zip"], contact["country"]));
    }

    [Fact]
    public async Task Order_BillingNameDiffersFromTheCustomerRecord_CustomerRecordWinsWhicheverArrivesFirst()
    {
        await using var sync = await SyncCluster.StartAsync();
        var at = sync.Clock.GetUtcNow();
        var account = TestEvents.Shopper("bea@example.com") with { FirstName = "Beatriz", LastName = "Souza", Phone = null };
        var order = TestEvents.Order("7002", "bea@example.com", at, currency: "USD") with { Customer = Guest("bea@example.com") };

        // The order (newer) arrives first, the customer record (older) second: the record still replaces the billing name.
        await sync.PostAsync([new OrderPaid(_store, Stamp("7002", at.AddHours(1)), order)]);
        await sync.SettleAsync();
        await sync.PostAsync([new CustomerUpdated(_store, Stamp("c-bea", at), account)]);
        await sync.SettleAsync();
        await sync.PostAsync([new OrderPaid(_store, Stamp("7003", at.AddHours(2)), order with { PlatformOrderId = "7003" })]);
        await sync.SettleAsync();

        var contact = sync.HubSpot.Contact("bea@example.com")!.Properties;
        Assert.Equal(("Beatriz", "Souza"), (contact["firstname"], contact["lastname"]));
        Assert.Equal("+55 81 5555", contact["phone"]); // blank in the record, so the order's phone stays
    }

    [Fact]
    public async Task Checkout_WithNameAndPhone_ContactGetsThem()
    {
        await using var sync = await SyncCluster.StartAsync();
        var at = sync.Clock.GetUtcNow();
        var checkout = TestEvents.Checkout(_store, "cart-77", "cai@example.com", at);
        var buyer = checkout.Cart.Customer with { FirstName = "Caio", LastName = "Reis", Phone = "+55 11 4444", Addresses = [_billing] };

        await sync.PostAsync([checkout with { Cart = checkout.Cart with { Customer = buyer } }]);
        await sync.SettleAsync();

        var contact = sync.HubSpot.Contact("cai@example.com")!.Properties;
        Assert.Equal(("Caio", "Reis", "+55 11 4444", "Recife"), (contact["firstname"], contact["lastname"], contact["phone"], contact["city"]));
    }

    [Fact]
    public async Task LineItem_TwoUnitsWithATotalDiscount_HubSpotAmountIsTheDiscountedLineTotal()
    {
        await using var sync = await SyncCluster.StartAsync();
        var at = sync.Clock.GetUtcNow();
        var order = TestEvents.Order("7004", "dan@example.com", at, currency: "USD") with
        {
            Lines = [new LineItem("L1", "SKU-2", "Socks", 2, 25m, 20m, 0m, null, null, []), new LineItem("L2", "SKU-3", "Caps", 3, 10m, 10m, 0m, null, null, [])],
            Totals = new OrderTotals(50m, 0m, 0m, 30m, 50m, "USD"),
        };

        await sync.PostAsync([new OrderPaid(_store, Stamp("7004", at), order)]);
        await sync.SettleAsync();

        var amounts = sync.HubSpot.LineItems.ToDictionary(l => l.Properties["hs_sku"], l => decimal.Parse(l.Properties["amount"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(30m, amounts["SKU-2"]);
        Assert.Equal(20m, decimal.Round(amounts["SKU-3"], 2));
    }
}
