using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using OrleansSync.Contracts.Orders;
using OrleansSync.Gateway.Deliveries;
using OrleansSync.Gateway.Tests.Infrastructure;
using OrleansSync.Stores.Simulators.Magento;

namespace OrleansSync.Gateway.Tests.Webhooks;

/// <summary>Adobe Commerce events from Adobe I/O Events through the gateway, verified with the store's configured public key.</summary>
public sealed class MagentoWebhookTests : IAsyncLifetime
{
    private const string StoreId = "magento-shop";
    private const string Code = "com.adobe.commerce.observer.sales_order_save_commit_after";
    private readonly AdobeIoEventSender _adobe = new();
    private GatewayFactory _gateway = null!;

    private static Uri Endpoint => new($"http://localhost/webhooks/magento/{StoreId}");

    public Task InitializeAsync()
    {
        _gateway = new GatewayFactory(configure: settings =>
        {
            settings["Gateway:Stores:3:Id"] = StoreId;
            settings["Gateway:Stores:3:Platform"] = "Magento";
            settings["Gateway:Stores:3:Secret"] = "adobe-io-client-secret";
            settings["Gateway:Stores:3:PortalId"] = TestStores.PortalA;
            settings["Gateway:Stores:3:SigningPublicKey"] = _adobe.PublicKeyPem;
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        _adobe.Dispose();
    }

    [Fact]
    public async Task Deliver_SignedOrderSave_AppendsTheOrdersStatus()
    {
        var response = await _gateway.CreateClient().SendAsync(_adobe.Request(Endpoint, Body("evt-1"), Code, "evt-1"));

        Assert.Equal("appended", (await response.JsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString());
        var fulfilled = Assert.Single(_gateway.Queue.Events<OrderFulfilled>());
        Assert.Equal(("42", "complete"), (fulfilled.Order.PlatformOrderId, fulfilled.Order.RawStatus));
    }

    [Fact]
    public async Task Deliver_TamperedBody_Refused401AndKeptAsRejected()
    {
        var signature = _adobe.Sign(Body("evt-2"));
        var tampered = Body("evt-2", grandTotal: 1m);

        var problem = await (await _gateway.CreateClient().SendAsync(_adobe.Request(Endpoint, tampered, Code, "evt-2", signature))).JsonAsync(HttpStatusCode.Unauthorized);

        Assert.Equal(ProblemTypes.InvalidSignature, problem.GetProperty("type").GetString());
        var kept = await new GatewayAdmin(_gateway).GetAsync($"/admin/deliveries/{problem.GetProperty("recordId").GetInt64()}");
        Assert.Equal((DeliveryKind.Rejected.ToString(), 401), (kept.GetProperty("kind").GetString(), kept.GetProperty("statusCode").GetInt32()));
        Assert.Empty(_gateway.Queue.Appended);
    }

    [Fact]
    public async Task Deliver_SignedWithAnotherKey_Refused401()
    {
        using var stranger = new AdobeIoEventSender();
        var body = Body("evt-3");

        var response = await _gateway.CreateClient().SendAsync(stranger.Request(Endpoint, body, Code, "evt-3"));

        await response.JsonAsync(HttpStatusCode.Unauthorized);
        Assert.Empty(_gateway.Queue.Appended);
    }

    [Fact]
    public async Task Challenge_FromTheRegistration_IsEchoedAsText()
    {
        var response = await _gateway.CreateClient().GetAsync($"/webhooks/magento/{StoreId}?challenge=8ec8d794-e0ab-42df-9017-e3dada8e84f7");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("8ec8d794-e0ab-42df-9017-e3dada8e84f7", await response.Content.ReadAsStringAsync());
    }

    private static byte[] Body(string eventId, decimal grandTotal = 64m)
    {
        var order = new JsonObject
        {
            ["entity_id"] = "42", ["increment_id"] = "000000042", ["state"] = "complete", ["status"] = "complete",
            ["customer_email"] = "buyer@example.com", ["customer_is_guest"] = 1, ["order_currency_code"] = "USD",
            ["subtotal"] = 59, ["shipping_amount"] = 5, ["grand_total"] = grandTotal, ["created_at"] = "2026-03-01 09:00:00", ["updated_at"] = "2026-03-01 10:00:00",
            ["items"] = new JsonArray(new JsonObject { ["item_id"] = "1", ["sku"] = "MSKU-1", ["name"] = "Thing", ["qty_ordered"] = 1, ["price"] = 59 }),
        };
        return Encoding.UTF8.GetBytes(AdobeIoEventSender.Body("sales_order_save_commit_after", order, eventId).ToJsonString());
    }
}
