using System.Net;
using System.Text;
using System.Text.Json;
using OrleansSync.Gateway.Deliveries;
using OrleansSync.Gateway.Tests.Builders;
using OrleansSync.Gateway.Tests.Infrastructure;

namespace OrleansSync.Gateway.Tests.Webhooks;

/// <summary>Every refused delivery gets a clear problem-details answer and is kept, visible in the admin API.</summary>
public sealed class BadInputTests
{
    [Fact]
    public async Task Deliver_WrongShopifySignature_Returns401AppendsNothingAndKeepsTheDelivery()
    {
        await using var gateway = new GatewayFactory();
        var body = new ShopifyOrderBuilder(1).WithLine(1, "A", 1, 10m).Build();

        var response = await Deliver.ShopifyAsync(gateway.CreateClient(), "orders/create", body, "evt-bad-sig", secret: "not-the-secret");

        var problem = await response.JsonAsync(HttpStatusCode.Unauthorized);
        AssertProblem(problem, 401, ProblemTypes.InvalidSignature, "Invalid signature");
        Assert.Empty(gateway.Queue.Appended);
        var kept = await KeptAsync(gateway, problem, DeliveryKind.Rejected, 401);
        Assert.Equal(body, Encoding.UTF8.GetBytes(kept.GetProperty("body").GetString()!));
        var headers = kept.GetProperty("headers");
        Assert.Equal(HeaderScrubber.Redacted, headers.GetProperty("X-Shopify-Hmac-Sha256").GetString());
        Assert.Equal("orders/create", headers.GetProperty("X-Shopify-Topic").GetString());
    }

    [Fact]
    public async Task Deliver_MissingWooCommerceSignature_Returns401AndKeepsTheDelivery()
    {
        await using var gateway = new GatewayFactory();
        var body = new WooOrderBuilder(10).WithLine(1, "A", 1, 5m).Build();

        var response = await Deliver.WooCommerceAsync(gateway.CreateClient(), "order.created", body, secret: null);

        var problem = await response.JsonAsync(HttpStatusCode.Unauthorized);
        AssertProblem(problem, 401, ProblemTypes.MissingSignature, "Missing signature");
        Assert.Empty(gateway.Queue.Appended);
        var kept = await KeptAsync(gateway, problem, DeliveryKind.Rejected, 401);
        Assert.Contains("X-WC-Webhook-Signature header is required", kept.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Deliver_MalformedJson_Returns400ProblemAndKeepsTheRawBody()
    {
        await using var gateway = new GatewayFactory();
        var body = "{\"id\": 5, \"email\": \"half@exam"u8.ToArray();

        var response = await Deliver.ShopifyAsync(gateway.CreateClient(), "customers/update", body, "evt-malformed");

        var problem = await response.JsonAsync(HttpStatusCode.BadRequest);
        AssertProblem(problem, 400, ProblemTypes.MalformedJson, "Malformed JSON");
        Assert.Empty(gateway.Queue.Appended);
        var kept = await KeptAsync(gateway, problem, DeliveryKind.Rejected, 400);
        Assert.Equal("{\"id\": 5, \"email\": \"half@exam", kept.GetProperty("body").GetString());
    }

    [Fact]
    public async Task Deliver_UnknownTopic_Returns400ProblemAndKeepsTheDelivery()
    {
        await using var gateway = new GatewayFactory();
        var body = """{"id":719,"code":"10off","date_modified_gmt":"2026-01-01T00:00:00"}"""u8.ToArray();

        var response = await Deliver.WooCommerceAsync(gateway.CreateClient(), "coupon.created", body);

        var problem = await response.JsonAsync(HttpStatusCode.BadRequest);
        AssertProblem(problem, 400, ProblemTypes.UnknownTopic, "Unknown topic");
        Assert.Contains("coupon.created", problem.GetProperty("detail").GetString());
        Assert.Empty(gateway.Queue.Appended);
        var kept = await KeptAsync(gateway, problem, DeliveryKind.Rejected, 400);
        Assert.Equal("coupon.created", kept.GetProperty("topic").GetString());
    }

    [Fact]
    public async Task Deliver_OversizedBody_Returns413AndKeepsTheFirstBytes()
    {
        await using var gateway = new GatewayFactory();
        var body = Encoding.UTF8.GetBytes($$"""{"id":1,"note":"{{new string('x', TestStores.MaxBodyBytes)}}"}""");

        var response = await Deliver.ShopifyAsync(gateway.CreateClient(), "orders/create", body, "evt-huge");

        var problem = await response.JsonAsync(HttpStatusCode.RequestEntityTooLarge);
        AssertProblem(problem, 413, ProblemTypes.BodyTooLarge, "Body too large");
        Assert.Empty(gateway.Queue.Appended);
        var kept = await KeptAsync(gateway, problem, DeliveryKind.Rejected, 413);
        Assert.True(kept.GetProperty("bodyTruncated").GetBoolean());
        Assert.StartsWith("{\"id\":1,\"note\":\"xxx", kept.GetProperty("body").GetString());
    }

    [Fact]
    public async Task Deliver_UnknownStore_Returns404AndKeepsTheDelivery()
    {
        await using var gateway = new GatewayFactory();
        var body = new WooOrderBuilder(11).Build();

        var response = await Deliver.WooCommerceAsync(gateway.CreateClient(), "order.created", body, store: "no-such-store");

        var problem = await response.JsonAsync(HttpStatusCode.NotFound);
        AssertProblem(problem, 404, ProblemTypes.UnknownStore, "Unknown store");
        var kept = await KeptAsync(gateway, problem, DeliveryKind.Rejected, 404);
        Assert.Equal("no-such-store", kept.GetProperty("storeId").GetString());
    }

    [Fact]
    public async Task Deliver_ShopifyDeliveryForAnotherShop_Returns400AndKeepsTheDelivery()
    {
        await using var gateway = new GatewayFactory();
        var body = new ShopifyOrderBuilder(12).Build();

        var response = await Deliver.ShopifyAsync(gateway.CreateClient(), "orders/create", body, "evt-other-shop", shop: "someone-else.myshopify.com");

        var problem = await response.JsonAsync(HttpStatusCode.BadRequest);
        AssertProblem(problem, 400, ProblemTypes.StoreMismatch, "Wrong store");
        Assert.Empty(gateway.Queue.Appended);
        await KeptAsync(gateway, problem, DeliveryKind.Rejected, 400);
    }

    [Fact]
    public async Task Deliver_AuthenticOrderWithoutTotal_Answers202AndQuarantinesItWithTheReason()
    {
        await using var gateway = new GatewayFactory();
        var client = gateway.CreateClient();
        var body = new ShopifyOrderBuilder(13).WithLine(1, "A", 1, 10m).Without("total_price").Build();

        var response = await Deliver.ShopifyAsync(client, "orders/create", body, "evt-unmappable");
        var again = await Deliver.ShopifyAsync(client, "orders/create", body, "evt-unmappable");

        var answer = await response.JsonAsync(HttpStatusCode.Accepted);
        Assert.Equal("quarantined", answer.GetProperty("status").GetString());
        Assert.Contains("total_price", answer.GetProperty("reason").GetString());
        Assert.Empty(gateway.Queue.Appended);
        var kept = await new GatewayAdmin(gateway).GetAsync($"/admin/deliveries/{answer.GetProperty("recordId").GetInt64()}");
        Assert.Equal(("Quarantined", 202), (kept.GetProperty("kind").GetString(), kept.GetProperty("statusCode").GetInt32()));
        Assert.Equal(answer.GetProperty("recordId").GetInt64(), (await again.JsonAsync(HttpStatusCode.Accepted)).GetProperty("recordId").GetInt64());
        var listed = await new GatewayAdmin(gateway).GetAsync("/admin/deliveries/quarantined");
        Assert.Single(listed.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Deliver_AuthenticWooCommerceOrderWithoutId_Answers200RangeAndQuarantinesIt()
    {
        await using var gateway = new GatewayFactory();
        var body = new WooOrderBuilder(14).WithLine(1, "A", 1, 5m).Without("id").Build();

        var response = await Deliver.WooCommerceAsync(gateway.CreateClient(), "order.updated", body);

        // WooCommerce never retries and disables a hook after a few non-2xx: an authentic delivery is always accepted.
        var answer = await response.JsonAsync(HttpStatusCode.Accepted);
        Assert.Contains("Required field 'id' is missing", answer.GetProperty("reason").GetString());
        Assert.Empty(gateway.Queue.Appended);
        var kept = await new GatewayAdmin(gateway).GetAsync($"/admin/deliveries/{answer.GetProperty("recordId").GetInt64()}");
        Assert.Equal("Quarantined", kept.GetProperty("kind").GetString());
        Assert.Equal(body, Encoding.UTF8.GetBytes(kept.GetProperty("body").GetString()!));
    }

    private static void AssertProblem(JsonElement problem, int status, string type, string title)
    {
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.Equal(type, problem.GetProperty("type").GetString());
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    private static async Task<JsonElement> KeptAsync(GatewayFactory gateway, JsonElement problem, DeliveryKind kind, int status)
    {
        var id = problem.GetProperty("recordId").GetInt64();
        var kept = await new GatewayAdmin(gateway).GetAsync($"/admin/deliveries/{id}");
        Assert.Equal((kind.ToString(), status), (kept.GetProperty("kind").GetString(), kept.GetProperty("statusCode").GetInt32()));
        var listed = await new GatewayAdmin(gateway).GetAsync("/admin/deliveries/rejected");
        Assert.Contains(listed.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetInt64() == id);
        return kept;
    }
}
