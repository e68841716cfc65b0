using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using OrleansSync.Contracts.Customers;
using OrleansSync.Contracts.Orders;
using OrleansSync.Gateway.Deliveries;
using OrleansSync.Gateway.Tests.Builders;
using OrleansSync.Gateway.Tests.Infrastructure;

namespace OrleansSync.Gateway.Tests.Hostile;

/// <summary>
/// Regressions from the hostile-input run: each answered 500 or was accepted with bad data, and none was kept. One gateway
/// serves the whole class (its tests run one after another), so each case uses its own order id.
/// </summary>
public sealed class HostileInputTests(HostileInputTests.SharedGateway shared) : IClassFixture<HostileInputTests.SharedGateway>
{
    private static int _orderId = 100;

    private readonly GatewayFactory _gateway = shared.Gateway;

    public sealed class SharedGateway : IAsyncLifetime
    {
        public GatewayFactory Gateway { get; } = new();

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync() => await Gateway.DisposeAsync();
    }

    [Theory]
    [InlineData("id", "[1,2]")]
    [InlineData("id", "{\"a\":1}")]
    [InlineData("date_modified_gmt", "[\"2026-01-01T00:00:00\"]")]
    [InlineData("date_modified_gmt", "{\"date\":\"2026-01-01\"}")]
    public async Task Deliver_SignedWooOrderWithNonScalarKeyField_IsQuarantinedNot500(string field, string json)
    {
        var appendedBefore = _gateway.Queue.Appended.Count;
        var body = Mutate(new WooOrderBuilder(Interlocked.Increment(ref _orderId)).WithLine(1, "A", 1, 5m).Build(), field, json);

        var response = await Deliver.WooCommerceAsync(_gateway.CreateClient(), "order.updated", body);

        var kept = await KeptRefusal.AssertKeptAsync(_gateway, response, HttpStatusCode.Accepted, "", DeliveryKind.Quarantined);
        Assert.Contains(field, kept.GetProperty("reason").GetString());
        Assert.Equal(appendedBefore, _gateway.Queue.Appended.Count);
    }

    [Theory]
    [InlineData("total_tax", "\"-1.00\"", "tax")]
    [InlineData("shipping_total", "-4", "shipping")]
    [InlineData("total", "\"-10.00\"", "total")]
    [InlineData("total", "79228162514264337593543950335", "total")]
    [InlineData("total", "\"1e13\"", "total")]
    [InlineData("date_created_gmt", "\"9999-12-31T23:59:59\"", "created_at")]
    [InlineData("date_paid_gmt", "\"1970-01-01T00:00:00\"", "paid_at")]
    [InlineData("status", "\"\\ud800\"", "status")]
    public async Task Deliver_SignedWooOrderWithImpossibleValue_IsQuarantinedWithTheFieldInTheReason(string field, string json, string named)
    {
        var appendedBefore = _gateway.Queue.Appended.Count;
        var body = Mutate(new WooOrderBuilder(Interlocked.Increment(ref _orderId)).WithLine(1, "A", 1, 5m).Build(), field, json);

        var response = await Deliver.WooCommerceAsync(_gateway.CreateClient(), "order.updated", body);

        var kept = await KeptRefusal.AssertKeptAsync(_gateway, response, HttpStatusCode.Accepted, "", DeliveryKind.Quarantined);
        Assert.Contains(named, kept.GetProperty("reason").GetString());
        Assert.Equal(Encoding.UTF8.GetString(body), kept.GetProperty("body").GetString());
        Assert.Equal(appendedBefore, _gateway.Queue.Appended.Count);
    }

    [Theory]
    [InlineData("""{"orderNumber":"1","email":"a@example.com","revenue":79228162514264337593543950335,"tax":1,"shipping":1}""", "revenue")]
    [InlineData("""{"orderNumber":"1","email":"a@example.com","revenue":5e28,"tax":5e28}""", "revenue")]
    [InlineData("""{"orderNumber":"1","email":"a@example.com","revenue":10,"tax":-1}""", "tax")]
    [InlineData("""{"orderNumber":"1","email":"a@example.com","revenue":10,"closedAt":"9999-12-31T00:00:00Z"}""", "closedAt")]
    [InlineData("""{"orderNumber":"1","email":"a@example.com","revenue":10,"lines":[{"sku":"A","quantity":1e9}]}""", "lines")]
    [InlineData("""{"orderNumber":"1","email":"a\u0000@b","revenue":10}""", "email")]
    public async Task Purchase_OutOfRangeField_Returns400NamingTheFieldAndKeepsIt(string json, string field)
    {
        var appendedBefore = _gateway.Queue.Appended.Count;

        var response = await Deliver.GenericAsync(_gateway.CreateClient(), "purchases", Encoding.UTF8.GetBytes(json));

        var kept = await KeptRefusal.AssertKeptAsync(_gateway, response, HttpStatusCode.BadRequest, ProblemTypes.InvalidEvent);
        Assert.Contains(field, kept.GetProperty("reason").GetString());
        Assert.Equal(appendedBefore, _gateway.Queue.Appended.Count);
    }

    [Fact]
    public async Task Purchase_RevenueBeyondDecimal_Returns400MalformedAndKeepsIt()
    {
        var body = """{"orderNumber":"1","email":"a@example.com","revenue":79228162514264337593543950336}"""u8.ToArray();

        var response = await Deliver.GenericAsync(_gateway.CreateClient(), "purchases", body);

        await KeptRefusal.AssertKeptAsync(_gateway, response, HttpStatusCode.BadRequest, ProblemTypes.MalformedJson);
    }

    [Theory]
    [InlineData("jane\u200B@example.com")]
    [InlineData("\u202Ejane@example.com")]
    [InlineData("jane@example.com\u2066")]
    public async Task Lead_EmailWithInvisibleCharacters_ReachesTheSameCustomerAsTheVisibleEmail(string email)
    {
        var client = _gateway.CreateClient();

        await (await Deliver.GenericAsync(client, "leads", Deliver.Utf8(new { email = "jane@example.com", eventId = "plain" }))).JsonAsync(HttpStatusCode.OK);
        await (await Deliver.GenericAsync(client, "leads", Deliver.Utf8(new { email, eventId = "hostile" }))).JsonAsync(HttpStatusCode.OK);

        var targets = _gateway.Queue.Appended.Where(m => m.Message is LeadCaptured l && l.Customer.Email!.Contains("jane", StringComparison.Ordinal)).Select(m => m.Target).Distinct().ToList();
        Assert.Single(targets);
    }

    [Fact]
    public async Task Deliver_WooOrderEmailWithZeroWidthSpace_ReachesTheSameOrderCustomerKey()
    {
        var body = new WooOrderBuilder(Interlocked.Increment(ref _orderId)).WithEmail("ana\u200B@example.com").WithLine(1, "A", 1, 5m).Build();

        await (await Deliver.WooCommerceAsync(_gateway.CreateClient(), "order.created", body)).JsonAsync(HttpStatusCode.OK);

        var placed = _gateway.Queue.Events<OrderPlaced>()[^1];
        Assert.Equal("ana@example.com", OrleansSync.Contracts.Routing.EmailNormalizer.Normalize(placed.Order.Customer.Email));
    }

    [Theory]
    [InlineData("/webhooks/woocommerce/woo-shop", "GET")]
    [InlineData("/webhooks/shopify/shopify-shop", "PUT")]
    [InlineData("/api/carts/legacy-cart/purchases", "DELETE")]
    public async Task Deliver_WrongMethod_Returns405ProblemAndKeepsIt(string path, string method)
    {

        var response = await _gateway.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        var kept = await KeptRefusal.AssertKeptAsync(_gateway, response, HttpStatusCode.MethodNotAllowed, ProblemTypes.MethodNotAllowed);
        Assert.Contains("POST", response.Content.Headers.Allow);
        Assert.Contains(method, kept.GetProperty("reason").GetString());
    }

    [Theory]
    [InlineData("/webhooks/woocommerce/woo-shop", "text/plain")]
    [InlineData("/webhooks/shopify/shopify-shop", "application/xml")]
    [InlineData("/api/carts/legacy-cart/leads", "application/x-www-form-urlencoded")]
    [InlineData("/api/carts/legacy-cart/purchases", "multipart/form-data; boundary=x")]
    public async Task Deliver_WrongContentType_Returns415ProblemAndKeepsTheBody(string path, string contentType)
    {
        var content = new ByteArrayContent("{\"email\":\"a@example.com\"}"u8.ToArray());
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        var response = await _gateway.CreateClient().PostAsync(path, content);

        var kept = await KeptRefusal.AssertKeptAsync(_gateway, response, HttpStatusCode.UnsupportedMediaType, ProblemTypes.UnsupportedMediaType);
        Assert.Equal("{\"email\":\"a@example.com\"}", kept.GetProperty("body").GetString());
    }

    // Was accepted: a JSON body without a Content-Type went on to the signature check. No platform served here omits it.
    [Theory]
    [InlineData("/webhooks/woocommerce/woo-shop")]
    [InlineData("/webhooks/shopify/shopify-shop")]
    [InlineData("/webhooks/bigcommerce/bc-store")]
    [InlineData("/webhooks/magento/magento-store")]
    [InlineData("/webhooks/hubspot")]
    [InlineData("/api/carts/legacy-cart/leads")]
    public async Task Deliver_NoContentType_Returns415ProblemAndKeepsTheBody(string path)
    {
        var content = new ByteArrayContent("{\"email\":\"a@example.com\"}"u8.ToArray());

        var response = await _gateway.CreateClient().PostAsync(path, content);

        var kept = await KeptRefusal.AssertKeptAsync(_gateway, response, HttpStatusCode.UnsupportedMediaType, ProblemTypes.UnsupportedMediaType);
        Assert.Equal("{\"email\":\"a@example.com\"}", kept.GetProperty("body").GetString());
        Assert.Contains("without a Content-Type", kept.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deliver_HeadersOverTheLimit_Returns431ProblemAndKeepsIt()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/shopify/shopify-shop") { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Padding", new string('x', 40 * 1024));

        var response = await _gateway.CreateClient().SendAsync(request);

        var kept = await KeptRefusal.AssertKeptAsync(_gateway, response, HttpStatusCode.RequestHeaderFieldsTooLarge, ProblemTypes.HeadersTooLarge);
        Assert.Equal("shopify", kept.GetProperty("platform").GetString());
    }

    [Theory]
    [InlineData("/webhooks/prestashop/store-1")]
    [InlineData("/webhooks/shopify/shopify-shop/extra")]
    [InlineData("/api/carts/legacy-cart/refunds")]
    public async Task Deliver_UnknownDeliveryPath_Returns404ProblemAndKeepsIt(string path)
    {

        var response = await _gateway.CreateClient().PostAsync(path, new StringContent("{}", Encoding.UTF8, "application/json"));

        await KeptRefusal.AssertKeptAsync(_gateway, response, HttpStatusCode.NotFound, ProblemTypes.UnknownEndpoint);
    }

    // The value goes in as raw JSON text, so numbers beyond decimal and escaped lone surrogates stay exactly as sent.
    private static byte[] Mutate(byte[] body, string field, string rawJson)
    {
        var order = JsonNode.Parse(body)!.AsObject();
        order[field] = "__raw__";
        return Encoding.UTF8.GetBytes(order.ToJsonString().Replace("\"__raw__\"", rawJson, StringComparison.Ordinal));
    }
}
