using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Messaging;
using OrleansSync.Stores.Connectors;
using OrleansSync.Stores.Shopify;
using OrleansSync.Stores.Simulators.Hosting;
using OrleansSync.Stores.Simulators.Shopify;
using OrleansSync.Stores.Simulators.WooCommerce;
using OrleansSync.Stores.Tests.Support;
using OrleansSync.Stores.WooCommerce;
using OrleansSync.Testing;

namespace OrleansSync.Stores.Tests.Connectors;

/// <summary>
/// A record read by the connector must become exactly the canonical events of the equivalent webhook (one mapping per
/// platform): the published fixtures go into the simulated store, are read back over HTTP, and are compared event by event
/// with what the webhook mapper makes of the same body.
/// </summary>
public sealed class PolledRecordEquivalenceTests
{
    private readonly ManualTimeProvider _time = new();

    [Fact]
    public async Task PolledWooCommerceOrder_IsTheOrderUpdatedWebhooksEvents_UnderTheSameDeliveryKey()
    {
        var fixture = SharedFixtures.Unwrap("woocommerce/order_rest_v2_wrapped.json", "data");
        var simulator = new WooCommerceSimulator("ck", "cs");
        simulator.Put(StoreResource.Orders, fixture);
        await using var host = await SimulatorHost.StartAsync(e => e.MapWooCommerceSimulator(simulator));
        var store = Store(StorePlatform.WooCommerce, new Uri(host.BaseUrl, WooCommerceSimulatorEndpoints.BasePath), a => (a.ClientId, a.ClientSecret) = ("ck", "cs"));

        var page = await StoreApis.For(StorePlatform.WooCommerce, _time).ReadPageAsync(store, StoreResource.Orders, StoreCursor.Start, CancellationToken.None);

        using var body = JsonDocument.Parse(fixture.ToJsonString());
        var http = new DefaultHttpContext();
        http.Request.Headers[WooCommerceHeaders.Topic] = "order.updated";
        var webhook = new WooCommerceWebhooks();
        var key = webhook.DeliveryKeyOf(http.Request, store, "order.updated", body.RootElement)!;
        var expected = webhook.Map("order.updated", body.RootElement, new RecordMappingContext(store, http.Request.Headers, key, _time.GetUtcNow()));
        AssertSameEvents(expected, page.Events, ignoreDeliveryId: false);
    }

    [Fact]
    public async Task PolledShopifyOrder_IsTheOrdersUpdatedWebhooksEvents()
    {
        var fixture = SharedFixtures.Unwrap("shopify/order_rest_wrapped.json", "order");
        var simulator = new ShopifySimulator("shpat_test");
        simulator.Put(StoreResource.Orders, fixture);
        await using var host = await SimulatorHost.StartAsync(e => e.MapShopifySimulator(simulator));
        var store = Store(StorePlatform.Shopify, new Uri(host.BaseUrl, ShopifySimulatorEndpoints.BasePath), a => a.AccessToken = "shpat_test");

        var page = await StoreApis.For(StorePlatform.Shopify, _time).ReadPageAsync(store, StoreResource.Orders, StoreCursor.Start, CancellationToken.None);

        using var body = JsonDocument.Parse(fixture.ToJsonString());
        var headers = new HeaderDictionary { [ShopifyHeaders.ShopDomain] = store.PlatformStoreId, [ShopifyHeaders.EventId] = "evt-1" };
        var expected = ShopifyMapper.Map("orders/updated", body.RootElement, new RecordMappingContext(store, headers, "shopify:shop:event:evt-1", _time.GetUtcNow()));
        AssertSameEvents(expected, page.Events, ignoreDeliveryId: true);
        Assert.Equal(1, page.Total);
    }

    private static StoreOptions Store(StorePlatform platform, Uri baseUrl, Action<StoreApiOptions> credentials)
    {
        var api = new StoreApiOptions { BaseUrl = baseUrl, PageSize = 50 };
        credentials(api);
        return new StoreOptions
        {
            Id = "shop",
            Platform = platform,
            Secret = "webhook-secret",
            PortalId = "1000001",
            PlatformStoreId = platform == StorePlatform.Shopify ? "johns-apparel.myshopify.com" : null,
            Api = api,
        };
    }

    /// <summary>Event by event: same type and same JSON; Shopify's webhook key is its event id, which a read cannot know.</summary>
    private static void AssertSameEvents(IReadOnlyList<ICanonicalEvent> expected, IReadOnlyList<ICanonicalEvent> actual, bool ignoreDeliveryId)
    {
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(e => e.GetType().Name), actual.Select(e => e.GetType().Name));
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(Json(expected[i], ignoreDeliveryId), Json(actual[i], ignoreDeliveryId));
        }
    }

    private static string Json(ICanonicalEvent e, bool ignoreDeliveryId)
    {
        var node = JsonNode.Parse(MessageTypes.Serialize(e))!.AsObject();
        if (ignoreDeliveryId)
        {
            node["source"]!["deliveryId"] = null;
        }

        return node.ToJsonString();
    }
}
