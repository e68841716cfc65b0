using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using OrleansSync.Contracts.Orders;
using OrleansSync.Gateway.Deliveries;
using OrleansSync.Gateway.Tests.Infrastructure;
using OrleansSync.Stores.Simulators.BigCommerce;

namespace OrleansSync.Gateway.Tests.Webhooks;

/// <summary>BigCommerce's thin, Standard-Webhooks-signed callbacks through the gateway, read back from a simulated store.</summary>
public sealed class BigCommerceWebhookTests : IAsyncLifetime
{
    private const string StoreId = "bc-shop";
    private const string Secret = "bigcommerce-app-client-secret";
    private BigCommerceSimulator _simulator = null!;
    private GatewayFactory _gateway = null!;

    private static Uri Endpoint => new($"http://localhost/webhooks/bigcommerce/{StoreId}");

    public async Task InitializeAsync()
    {
        _simulator = await BigCommerceSimulator.StartAsync();
        BigCommerceSeed.Fill(_simulator.Data, seed: 3, customers: 5, products: 2, orders: 5, new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        _gateway = new GatewayFactory(configure: settings =>
        {
            settings["Gateway:Stores:3:Id"] = StoreId;
            settings["Gateway:Stores:3:Platform"] = "BigCommerce";
            settings["Gateway:Stores:3:Secret"] = Secret;
            settings["Gateway:Stores:3:PortalId"] = TestStores.PortalA;
            settings["Gateway:Stores:3:Api:BaseUrl"] = _simulator.BaseUrl.ToString();
            settings["Gateway:Stores:3:Api:AccessToken"] = _simulator.AccessToken;
            settings["Gateway:Stores:3:Api:Account"] = _simulator.StoreHash;
        });
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _simulator.DisposeAsync();
    }

    [Fact]
    public async Task Deliver_SignedStatusUpdated_ReadsTheOrderBackAndAppendsItsPaidStatus()
    {
        _simulator.Data.SetOrderStatus(203, 11, "Awaiting Fulfillment");

        var response = await SendAsync(Body("store/order/statusUpdated", 203), DateTimeOffset.UtcNow);

        var accepted = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Equal("appended", accepted.GetProperty("status").GetString());
        var paid = Assert.Single(_gateway.Queue.Events<OrderPaid>());
        Assert.Equal(("203", "Awaiting Fulfillment"), (paid.Order.PlatformOrderId, paid.Order.RawStatus));
    }

    [Fact]
    public async Task Deliver_SameWebhookIdTwice_AppendsOnce()
    {
        var body = Body("store/order/updated", 202);

        await (await SendAsync(body, DateTimeOffset.UtcNow, "msg_same")).JsonAsync(HttpStatusCode.OK);
        var again = await (await SendAsync(body, DateTimeOffset.UtcNow, "msg_same")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("duplicate", again.GetProperty("status").GetString());
        Assert.Single(_gateway.Queue.Appended);
    }

    [Fact]
    public async Task Deliver_TamperedBody_Refused401AndKeptAsRejected()
    {
        var request = BigCommerceWebhookSender.Request(Endpoint, Body("store/order/updated", 202), Secret, DateTimeOffset.UtcNow);
        request.Content = new ByteArrayContent(Body("store/order/updated", 204));
        request.Content.Headers.ContentType = new("application/json");

        var problem = await (await _gateway.CreateClient().SendAsync(request)).JsonAsync(HttpStatusCode.Unauthorized);

        Assert.Equal(ProblemTypes.InvalidSignature, problem.GetProperty("type").GetString());
        await AssertKeptAsync(problem, DeliveryKind.Rejected, 401);
        Assert.Empty(_gateway.Queue.Appended);
    }

    [Fact]
    public async Task Deliver_TimestampOlderThanTheTolerance_Refused401AsAReplay()
    {
        var problem = await (await SendAsync(Body("store/order/updated", 202), DateTimeOffset.UtcNow.AddMinutes(-20))).JsonAsync(HttpStatusCode.Unauthorized);

        Assert.Contains("replayed", problem.GetProperty("detail").GetString());
        await AssertKeptAsync(problem, DeliveryKind.Rejected, 401);
        Assert.Empty(_gateway.Queue.Appended);
    }

    [Fact]
    public async Task Deliver_StoreApiDown_KeepsTheDeliveryQuarantinedAndAnswers2xx()
    {
        _simulator.Faults.Outage = true;

        var response = await SendAsync(Body("store/order/created", 201), DateTimeOffset.UtcNow);

        var quarantined = await response.JsonAsync(HttpStatusCode.Accepted);
        var kept = await new GatewayAdmin(_gateway).GetAsync($"/admin/deliveries/{quarantined.GetProperty("recordId").GetInt64()}");
        Assert.Equal(DeliveryKind.Quarantined.ToString(), kept.GetProperty("kind").GetString());
        Assert.Contains("503", kept.GetProperty("reason").GetString());
        Assert.Empty(_gateway.Queue.Appended);
    }

    private byte[] Body(string scope, long orderId) =>
        Encoding.UTF8.GetBytes(BigCommerceWebhookSender.Body(scope, _simulator.StoreHash, new JsonObject { ["type"] = "order", ["id"] = orderId }, DateTimeOffset.UtcNow).ToJsonString());

    private Task<HttpResponseMessage> SendAsync(byte[] body, DateTimeOffset timestamp, string? webhookId = null) =>
        _gateway.CreateClient().SendAsync(BigCommerceWebhookSender.Request(Endpoint, body, Secret, timestamp, webhookId));

    private async Task AssertKeptAsync(System.Text.Json.JsonElement problem, DeliveryKind kind, int status)
    {
        var kept = await new GatewayAdmin(_gateway).GetAsync($"/admin/deliveries/{problem.GetProperty("recordId").GetInt64()}");
        Assert.Equal((kind.ToString(), status), (kept.GetProperty("kind").GetString(), kept.GetProperty("statusCode").GetInt32()));
    }
}
