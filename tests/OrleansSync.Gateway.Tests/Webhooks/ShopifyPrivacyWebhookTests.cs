using System.Net;
using System.Text;
using OrleansSync.Contracts.Customers;
using OrleansSync.Contracts.Routing;
using OrleansSync.Gateway.Tests.Infrastructure;

namespace OrleansSync.Gateway.Tests.Webhooks;

/// <summary>Shopify's mandatory privacy webhook: a customers/redact request erases the customer like an operator's GDPR erase.</summary>
public sealed class ShopifyPrivacyWebhookTests
{
    // The documented customers/redact body: shop, the customer (id, email, phone) and the orders to redact.
    private static byte[] RedactBody(string email) => Encoding.UTF8.GetBytes(
        $$"""{"shop_id":954889,"shop_domain":"{{TestStores.ShopDomain}}","customer":{"id":191167,"email":"{{email}}","phone":"555-625-1199"},"orders_to_redact":[299938,280263,220458]}""");

    [Fact]
    public async Task Deliver_CustomersRedact_AppendsCustomerRedactedToTheCustomersGrain()
    {
        await using var gateway = new GatewayFactory();

        await (await Deliver.ShopifyAsync(gateway.CreateClient(), "customers/redact", RedactBody("John@Example.com"), "evt-redact-1")).JsonAsync(HttpStatusCode.OK);

        var message = Assert.Single(gateway.Queue.Appended);
        Assert.Equal(GrainKeys.Customer(TestStores.PortalA, "john@example.com"), message.Target);
        var redacted = Assert.IsType<CustomerRedacted>(message.Message);
        Assert.Equal(("191167", "John@Example.com"), (redacted.PlatformCustomerId, redacted.Email));
    }

    [Fact]
    public async Task Deliver_CustomersRedactWithoutCustomer_QuarantinedWithTheReason()
    {
        await using var gateway = new GatewayFactory();
        var body = Encoding.UTF8.GetBytes("""{"shop_id":954889,"shop_domain":"x.myshopify.com","orders_to_redact":[]}""");

        var response = await Deliver.ShopifyAsync(gateway.CreateClient(), "customers/redact", body, "evt-redact-2");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Contains("customer", await response.Content.ReadAsStringAsync());
        Assert.Empty(gateway.Queue.Appended);
    }
}
