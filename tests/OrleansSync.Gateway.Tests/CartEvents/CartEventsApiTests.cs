using System.Net;
using OrleansSync.Contracts.Customers;
using OrleansSync.Contracts.Orders;
using OrleansSync.Contracts.Routing;
using OrleansSync.Gateway.Deliveries;
using OrleansSync.Gateway.Tests.Infrastructure;

namespace OrleansSync.Gateway.Tests.CartEvents;

public sealed class CartEventsApiTests
{
    [Fact]
    public async Task CaptureLead_EmailWithHubSpotUtkAndIp_AppendsLeadCapturedToTheCustomerGrain()
    {
        await using var gateway = new GatewayFactory();
        var body = Deliver.Utf8(new
        {
            email = "  Zoë.Müller@Example.COM ",
            firstName = "Zoë",
            hubspotutk = "8f6f7c2e5b3a4d1e9c0b7a6f5e4d3c2b",
            ipAddress = "198.51.100.23",
            formName = "begin_checkout",
            marketingConsent = "opt_in",
        });

        var answer = await (await Deliver.GenericAsync(gateway.CreateClient(), "leads", body)).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("appended", answer.GetProperty("status").GetString());
        var message = Assert.Single(gateway.Queue.Appended);
        Assert.Equal(GrainKeys.Customer(TestStores.PortalB, "zoë.müller@example.com"), message.Target);
        var lead = Assert.IsType<LeadCaptured>(message.Message);
        Assert.Equal(("begin_checkout", "8f6f7c2e5b3a4d1e9c0b7a6f5e4d3c2b", "198.51.100.23"), (lead.FormName, lead.Visitor.HubSpotUtk, lead.Visitor.IpAddress));
        Assert.Equal(("de-DE", "EUR"), (lead.Store.Locale, lead.Store.Currency));
        Assert.Equal(ConsentState.OptedIn, lead.Customer.EmailConsent?.State);
    }

    [Fact]
    public async Task CompletePurchase_OrderNumberRevenueAndSkus_AppendsPaidOrderAndDeduplicatesRepeats()
    {
        await using var gateway = new GatewayFactory();
        var client = gateway.CreateClient();
        var body = Deliver.Utf8(new
        {
            orderNumber = "931",
            email = "buyer@example.com",
            revenue = 142.31m,
            tax = 11.38m,
            shipping = 4.95m,
            skus = new[] { "SKU-RED", "SKU-BLUE" },
            hubspotutk = "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
            ipAddress = "192.0.2.44",
            closedAt = "2026-01-05T14:00:00Z",
        });

        await (await Deliver.GenericAsync(client, "purchases", body)).JsonAsync(HttpStatusCode.OK);
        var repeat = await (await Deliver.GenericAsync(client, "purchases", body)).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("duplicate", repeat.GetProperty("status").GetString());
        var message = Assert.Single(gateway.Queue.Appended);
        Assert.Equal(GrainKeys.Order(TestStores.Generic, "931"), message.Target);
        var paid = Assert.IsType<OrderPaid>(message.Message);
        Assert.Equal(new OrderTotals(142.31m, 11.38m, 4.95m, 0m, 158.64m, "EUR"), paid.Order.Totals);
        Assert.Equal(["SKU-RED", "SKU-BLUE"], paid.Order.Lines.Select(l => l.Sku));
        Assert.Equal(new DateTimeOffset(2026, 1, 5, 14, 0, 0, TimeSpan.Zero), paid.Order.PaidAt);
        Assert.Equal(("buyer@example.com", "0a1b2c3d4e5f60718293a4b5c6d7e8f9", "192.0.2.44"), (paid.Order.Customer.Email, paid.Order.Visitor?.HubSpotUtk, paid.Order.Visitor?.IpAddress));
    }

    [Fact]
    public async Task CompletePurchase_MissingRevenueAndBadEmail_Returns400WithFieldErrorsAndKeepsIt()
    {
        await using var gateway = new GatewayFactory();
        var body = Deliver.Utf8(new { orderNumber = "932", email = "not-an-email" });

        var problem = await (await Deliver.GenericAsync(gateway.CreateClient(), "purchases", body)).JsonAsync(HttpStatusCode.BadRequest);

        Assert.Equal(ProblemTypes.InvalidEvent, problem.GetProperty("type").GetString());
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("email", out _));
        Assert.True(errors.TryGetProperty("revenue", out _));
        Assert.Empty(gateway.Queue.Appended);
        var kept = await new GatewayAdmin(gateway).GetAsync($"/admin/deliveries/{problem.GetProperty("recordId").GetInt64()}");
        Assert.Equal(("generic", "purchase"), (kept.GetProperty("platform").GetString(), kept.GetProperty("topic").GetString()));
    }

    [Fact]
    public async Task CaptureLead_WrongSignature_Returns401AndAppendsNothing()
    {
        await using var gateway = new GatewayFactory();

        var response = await Deliver.GenericAsync(gateway.CreateClient(), "leads", Deliver.Utf8(new { email = "a@example.com" }), secret: "guessed-secret");

        var problem = await response.JsonAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(ProblemTypes.InvalidSignature, problem.GetProperty("type").GetString());
        Assert.Empty(gateway.Queue.Appended);
    }
}
