using System.Net;
using System.Text;
using OrleansSync.Contracts.Carts;
using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Customers;
using OrleansSync.Contracts.Orders;
using OrleansSync.Contracts.Routing;
using OrleansSync.Gateway.Tests.Builders;
using OrleansSync.Gateway.Tests.Infrastructure;

namespace OrleansSync.Gateway.Tests.Webhooks;

public sealed class WooCommerceWebhookTests
{
    [FixtureFact]
    public async Task Deliver_RealWooCommerceOrderSample_AppendsPaidOrderWithLinesAndTotals()
    {
        await using var gateway = new GatewayFactory();
        var body = PlatformSample.Unwrap("woocommerce/order_rest_v2_wrapped.json", "data");

        var response = await Deliver.WooCommerceAsync(gateway.CreateClient(), "order.updated", body);

        var answer = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Equal("appended", answer.GetProperty("status").GetString());
        var message = Assert.Single(gateway.Queue.Appended);
        Assert.Equal(GrainKeys.Order(TestStores.Woo, "963"), message.Target);
        var paid = Assert.IsType<OrderPaid>(message.Message);
        Assert.Equal(new StoreContext(TestStores.Woo, StorePlatform.WooCommerce, TestStores.PortalA, null, null, "USD"), paid.Store);
        Assert.Equal(new DateTimeOffset(2018, 4, 3, 23, 5, 14, TimeSpan.Zero), paid.Source.UpdatedAt);
        var order = paid.Order;
        Assert.Equal(("963", OrderStatus.Paid, "processing"), (order.OrderNumber, order.Status, order.RawStatus));
        Assert.Equal(new OrderTotals(30.00m, 1.20m, 0.00m, 30.00m, 31.20m, "USD"), order.Totals);
        Assert.Equal(new DateTimeOffset(2018, 4, 3, 23, 5, 14, TimeSpan.Zero), order.PaidAt);
        Assert.Equal(["30$off"], order.DiscountCodes);
        Assert.Collection(
            order.Lines,
            l => Assert.Equal(("890", null, 2m, 25m, 20m, 1.20m), (l.LineId, l.Sku, l.Quantity, l.UnitPrice, l.Discount, l.Tax)),
            l => Assert.Equal(("891", "5555-A", 1.5m, 10m), (l.LineId, l.Sku, l.Quantity, l.Discount)));
        Assert.Equal(("scrambled@scrambled.com", "Johnny", "11", false), (order.Customer.Email, order.Customer.FirstName, order.Customer.PlatformCustomerId, order.Customer.IsGuest));
        Assert.Contains(order.Customer.Addresses, a => a is { Kind: "billing", City: "Niagara Falls", Region: "NY", CountryCode: "US" });
    }

    [FixtureFact]
    public async Task Deliver_RealWooCommerceCustomerSample_AppendsCustomerCreatedToTheEmailsGrain()
    {
        await using var gateway = new GatewayFactory();
        var body = PlatformSample.Unwrap("woocommerce/customer_rest_v3_wrapped.json", "data");

        var response = await Deliver.WooCommerceAsync(gateway.CreateClient(), "customer.created", body);

        await response.JsonAsync(HttpStatusCode.OK);
        var message = Assert.Single(gateway.Queue.Appended);
        Assert.Equal(GrainKeys.Customer(TestStores.PortalA, "john.doe@example.com"), message.Target);
        var created = Assert.IsType<CustomerCreated>(message.Message);
        var c = created.Customer;
        Assert.Equal(("John", "Doe", "(555) 555-5555", "", "25"), (c.FirstName, c.LastName, c.Phone, c.Company, c.PlatformCustomerId));
        Assert.Equal(["customer"], c.Groups);
        Assert.Null(c.EmailConsent);
        Assert.Null(c.AcceptsMarketing);
        Assert.Equal(new DateTimeOffset(2017, 3, 21, 19, 9, 28, TimeSpan.Zero), c.CreatedAt);
        Assert.Equal(2, c.Addresses.Count);
    }

    [Fact]
    public async Task Deliver_UnsignedPingOnWebhookCreation_Answers200AndAppendsNothing()
    {
        await using var gateway = new GatewayFactory();
        using var content = new StringContent("webhook_id=17", Encoding.ASCII, "application/x-www-form-urlencoded");

        var response = await gateway.CreateClient().PostAsync($"/webhooks/woocommerce/{TestStores.Woo}", content);

        var answer = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Equal("ping", answer.GetProperty("status").GetString());
        Assert.Empty(gateway.Queue.Appended);
        Assert.Empty(await gateway.Deliveries.ListAsync(null, 0, 10, CancellationToken.None));
    }

    [Fact]
    public async Task Deliver_SameOrderChangeTwiceWithNewDeliveryIds_AppendsOnce()
    {
        await using var gateway = new GatewayFactory();
        var client = gateway.CreateClient();
        var body = new WooOrderBuilder(1001).WithLine(1, "SKU-1", 2, 10m).Build();

        var first = await (await Deliver.WooCommerceAsync(client, "order.updated", body)).JsonAsync(HttpStatusCode.OK);
        var second = await (await Deliver.WooCommerceAsync(client, "order.updated", body)).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("appended", first.GetProperty("status").GetString());
        Assert.Equal("duplicate", second.GetProperty("status").GetString());
        Assert.Single(gateway.Queue.Appended);
    }

    [Fact]
    public async Task Deliver_GuestOrderWithPartialRefund_AppendsStatusEventAndRefund()
    {
        await using var gateway = new GatewayFactory();
        var body = new WooOrderBuilder(2002).WithStatus("completed").WithLine(7, "MUG", 3, 12m).WithRefund(55, 12m).Build();

        await (await Deliver.WooCommerceAsync(gateway.CreateClient(), "order.updated", body)).JsonAsync(HttpStatusCode.OK);

        var fulfilled = Assert.Single(gateway.Queue.Events<OrderFulfilled>());
        Assert.Equal((true, null, "5c8e7b3f0d2a4b6c9e1f2a3b4c5d6e7f"), (fulfilled.Order.Customer.IsGuest, fulfilled.Order.Customer.PlatformCustomerId, fulfilled.Order.Customer.HubSpotUtk));
        Assert.Equal("203.0.113.9", fulfilled.Order.Visitor?.IpAddress);
        var refunded = Assert.Single(gateway.Queue.Events<OrderRefunded>());
        Assert.Equal(("2002", "55", 12m, false), (refunded.PlatformOrderId, refunded.Refund.RefundId, refunded.Refund.Amount, refunded.FullyRefunded));
        Assert.All(gateway.Queue.Appended, m => Assert.Equal(GrainKeys.Order(TestStores.Woo, "2002"), m.Target));
    }

    [Fact]
    public async Task Deliver_BlockCheckoutDraftUpdate_AppendsCheckoutStartedForTheCart()
    {
        await using var gateway = new GatewayFactory();
        var body = new WooOrderBuilder(3003).WithStatus("checkout-draft").WithLine(1, "TEA", 1, 8m).Build();

        await (await Deliver.WooCommerceAsync(gateway.CreateClient(), "order.updated", body)).JsonAsync(HttpStatusCode.OK);

        var message = Assert.Single(gateway.Queue.Appended);
        Assert.Equal(GrainKeys.Cart(TestStores.Woo, "3003"), message.Target);
        var started = Assert.IsType<CheckoutStarted>(message.Message);
        Assert.Equal(("ana@example.com", 12m, "USD"), (started.Cart.Customer.Email, started.Cart.Total, started.Cart.Currency));
    }

    [Fact]
    public async Task Deliver_CustomerDeletedWithIdOnly_AppendsToTheCustomerAliasGrain()
    {
        await using var gateway = new GatewayFactory();

        await (await Deliver.WooCommerceAsync(gateway.CreateClient(), "customer.deleted", """{"id":25}"""u8.ToArray())).JsonAsync(HttpStatusCode.OK);

        var message = Assert.Single(gateway.Queue.Appended);
        Assert.Equal(GrainKeys.CustomerByPlatformId(TestStores.PortalA, TestStores.Woo, "25"), message.Target);
        Assert.Equal("25", Assert.IsType<CustomerDeleted>(message.Message).PlatformCustomerId);
    }
}
