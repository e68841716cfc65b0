using System.Net;
using OrleansSync.Contracts.Carts;
using OrleansSync.Contracts.Customers;
using OrleansSync.Contracts.Orders;
using OrleansSync.Contracts.Products;
using OrleansSync.Contracts.Routing;
using OrleansSync.Gateway.Tests.Builders;
using OrleansSync.Gateway.Tests.Infrastructure;

namespace OrleansSync.Gateway.Tests.Webhooks;

public sealed class ShopifyWebhookTests
{
    [FixtureFact]
    public async Task Deliver_RealShopifyOrderSample_AppendsPlacedOrderWithLinesTotalsAndBuyer()
    {
        await using var gateway = new GatewayFactory();
        var body = PlatformSample.Unwrap("shopify/order_rest_wrapped.json", "order");

        await (await Deliver.ShopifyAsync(gateway.CreateClient(), "orders/create", body, "evt-order-1")).JsonAsync(HttpStatusCode.OK);

        var message = Assert.Single(gateway.Queue.Appended);
        Assert.Equal(GrainKeys.Order(TestStores.Shopify, "450789469"), message.Target);
        var placed = Assert.IsType<OrderPlaced>(message.Message);
        Assert.Equal(("web", "USD"), (placed.Store.Channel, placed.Store.Currency));
        var order = placed.Order;
        Assert.Equal(("#1001", OrderStatus.Pending, "financial=authorized;fulfillment=null"), (order.OrderNumber, order.Status, order.RawStatus));
        Assert.Equal(new OrderTotals(398.00m, 11.94m, 0.00m, 0.00m, 409.94m, "USD"), order.Totals);
        Assert.Equal(["IPOD2008GREEN", "IPOD2008RED", "IPOD2008BLACK"], order.Lines.Select(l => l.Sku));
        Assert.All(order.Lines, l => Assert.Equal((1m, 199.00m), (l.Quantity, l.UnitPrice)));
        Assert.Equal("466157049", order.Lines[0].LineId);
        Assert.Equal(["TENOFF"], order.DiscountCodes);
        Assert.Equal(("450789469", null), (order.CheckoutId, order.PaidAt));
        Assert.Null(order.FulfilledAt); // the only fulfilment in the sample has status "failure"
        Assert.Equal(("bob.norman@hostmail.com", "207119551", false), (order.Customer.Email, order.Customer.PlatformCustomerId, order.Customer.AcceptsMarketing));
        Assert.Null(order.Customer.EmailConsent); // accepts_marketing=false is not an opt-out: consent is never inferred
        Assert.Equal("0.0.0.0", order.Visitor?.IpAddress);
        Assert.Equal(new DateTimeOffset(2008, 1, 10, 16, 0, 0, TimeSpan.Zero), placed.Source.UpdatedAt);
    }

    [FixtureFact]
    public async Task Deliver_RealShopifyCustomerSample_AppendsCustomerCreatedKeyedByEmail()
    {
        await using var gateway = new GatewayFactory();
        var body = PlatformSample.Unwrap("shopify/customer_rest_wrapped.json", "customer");

        await (await Deliver.ShopifyAsync(gateway.CreateClient(), "customers/create", body, "evt-customer-1")).JsonAsync(HttpStatusCode.OK);

        var message = Assert.Single(gateway.Queue.Appended);
        Assert.Equal(GrainKeys.Customer(TestStores.PortalA, "bob.norman@hostmail.com"), message.Target);
        var customer = Assert.IsType<CustomerCreated>(message.Message).Customer;
        Assert.Equal(("Bob", "Norman", "207119551", true, false), (customer.FirstName, customer.LastName, customer.PlatformCustomerId, customer.IsGuest, customer.AcceptsMarketing));
        var address = Assert.Single(customer.Addresses);
        Assert.Equal(("default", "Chestnut Street 92", "Louisville", "KY", "40202", "US", "555-625-1199"), (address.Kind, address.Line1, address.City, address.Region, address.PostalCode, address.CountryCode, address.Phone));
        Assert.Empty(customer.Tags);
    }

    [FixtureFact]
    public async Task Deliver_RealShopifyCheckoutSample_AppendsCheckoutStartedWithRecoveryUrl()
    {
        await using var gateway = new GatewayFactory();
        var body = PlatformSample.Unwrap("shopify/checkouts_rest_wrapped.json", "checkouts", index: 0);

        await (await Deliver.ShopifyAsync(gateway.CreateClient(), "checkouts/create", body, "evt-checkout-1")).JsonAsync(HttpStatusCode.OK);

        var message = Assert.Single(gateway.Queue.Appended);
        Assert.Equal(GrainKeys.Cart(TestStores.Shopify, "450789469"), message.Target);
        var cart = Assert.IsType<CheckoutStarted>(message.Message).Cart;
        Assert.Equal("https://checkout.local/orders/690933842/2a1ace52255252df566af0faaedfbfa7?recovered=1", cart.RecoveryUrl);
        Assert.Equal(("68778783ad298f1c80c3bafcddeea02f", "bob.norman@hostmail.com", 398.00m, 11.94m, 409.94m, "USD"), (cart.CartToken, cart.Customer.Email, cart.Subtotal, cart.Tax, cart.Total, cart.Currency));
        Assert.Equal(["IPOD2008RED", "IPOD2008PINK"], cart.Lines.Select(l => l.Sku));
        Assert.Null(cart.CompletedAt);
    }

    [Fact]
    public async Task Deliver_OrderPaidWithSubscribedCustomer_AppendsOrderPaidWithOptInConsent()
    {
        await using var gateway = new GatewayFactory();
        var body = new ShopifyOrderBuilder(5001).WithLine(11, "BOARD-1", 2, 150m, discount: 20m).Build();

        await (await Deliver.ShopifyAsync(gateway.CreateClient(), "orders/paid", body, "evt-paid-5001")).JsonAsync(HttpStatusCode.OK);

        var paid = Assert.Single(gateway.Queue.Events<OrderPaid>());
        Assert.Equal(("fr", "CAD"), (paid.Store.Locale, paid.Store.Currency));
        Assert.Equal(new OrderTotals(280m, 0m, 5m, 0m, 285m, "CAD"), paid.Order.Totals);
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), paid.Order.PaidAt);
        var consent = paid.Order.Customer.EmailConsent;
        Assert.Equal((ConsentState.OptedIn, "single_opt_in", "subscribed"), (consent?.State, consent?.OptInLevel, consent?.RawState));
        Assert.Equal(["vip", "wholesale"], paid.Order.Customer.Tags);
        Assert.Equal(20m, paid.Order.Lines[0].Discount);
    }

    [Fact]
    public async Task Deliver_RefundCreated_AppendsPartialRefundToTheOrderGrain()
    {
        await using var gateway = new GatewayFactory();
        var body = new ShopifyRefundBuilder(929361462, 5001).WithLine(11, 1, 150m, 19.5m).WithTransaction("169.50").Build();

        await (await Deliver.ShopifyAsync(gateway.CreateClient(), "refunds/create", body, "evt-refund-1")).JsonAsync(HttpStatusCode.OK);

        var message = Assert.Single(gateway.Queue.Appended);
        Assert.Equal(GrainKeys.Order(TestStores.Shopify, "5001"), message.Target);
        var refunded = Assert.IsType<OrderRefunded>(message.Message);
        Assert.Equal(("929361462", 169.50m, "damaged"), (refunded.Refund.RefundId, refunded.Refund.Amount, refunded.Refund.Reason));
        Assert.Equal(new RefundLine("11", 1m, 169.5m), Assert.Single(refunded.Refund.Lines));
        Assert.Null(refunded.Order);
    }

    [Fact]
    public async Task Deliver_ProductWithVariants_AppendsOneProductPerSkuAndAliasForTheSkuless()
    {
        await using var gateway = new GatewayFactory();
        var body = new ShopifyProductBuilder(632910392, "Snow Board")
            .WithVariant(1, "SB-RED", "Red", "199.00").WithVariant(2, "SB-BLUE", "Blue", "209.00").WithVariant(3, null, "Gift wrap", "5.00").Build();

        await (await Deliver.ShopifyAsync(gateway.CreateClient(), "products/update", body, "evt-product-1")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(
            [GrainKeys.Product(TestStores.PortalA, "SB-RED"), GrainKeys.Product(TestStores.PortalA, "SB-BLUE"), GrainKeys.ProductByPlatformId(TestStores.PortalA, TestStores.Shopify, "632910392")],
            gateway.Queue.Appended.Select(m => m.Target));
        var red = gateway.Queue.Events<ProductUpserted>()[0].Product;
        Assert.Equal(("Snow Board - Red", 199.00m, "https://orleanssync-test.myshopify.com/products/snow-board"), (red.Name, red.Price, red.Url));
        Assert.Equal(["Snowboards"], red.Categories);
    }

    [Fact]
    public async Task Deliver_SameEventIdTwice_AppendsOnce()
    {
        await using var gateway = new GatewayFactory();
        var client = gateway.CreateClient();
        var body = new ShopifyOrderBuilder(6001).WithLine(1, "A", 1, 10m).Build();

        await (await Deliver.ShopifyAsync(client, "orders/updated", body, "evt-6001")).JsonAsync(HttpStatusCode.OK);
        var again = await (await Deliver.ShopifyAsync(client, "orders/updated", body, "evt-6001")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(("duplicate", 0, 1), (again.GetProperty("status").GetString(), again.GetProperty("appended").GetInt32(), again.GetProperty("duplicates").GetInt32()));
        Assert.Single(gateway.Queue.Appended);
    }

    [Fact]
    public async Task Deliver_EventsStyleHeadersSignedWithPreviousSecret_IsAccepted()
    {
        await using var gateway = new GatewayFactory();
        var body = new ShopifyOrderBuilder(7001).WithLine(1, "A", 1, 10m).Build();

        var response = await Deliver.ShopifyAsync(gateway.CreateClient(), "orders/cancelled", body, "evt-7001", TestStores.ShopifyPreviousSecret, eventsStyle: true);

        await response.JsonAsync(HttpStatusCode.OK);
        Assert.Single(gateway.Queue.Events<OrderCancelled>());
    }
}
