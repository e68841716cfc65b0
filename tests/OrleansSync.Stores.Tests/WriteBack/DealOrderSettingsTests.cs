using System.Text.Json;
using Microsoft.Extensions.Configuration;
using OrleansSync.Contracts.Context;
using OrleansSync.Stores.WooCommerce;

namespace OrleansSync.Stores.Tests.WriteBack;

public sealed class DealOrderSettingsTests
{
    [Fact]
    public void DealOrders_NotConfigured_IsOff()
    {
        var store = Store(new Dictionary<string, string?>());

        Assert.Null(store.DealOrders);
        Assert.Empty(StoreRequirements.Missing(store));
    }

    [Fact]
    public void DealOrders_PipelineAndUpsellStage_MatchOnlyThatStageOfThatPipeline()
    {
        var store = Store(new Dictionary<string, string?>
        {
            ["Gateway:Stores:0:DealOrders:Pipeline"] = "default",
            ["Gateway:Stores:0:DealOrders:Stages:0"] = "upsell",
            ["Gateway:Stores:0:DealOrders:Stages:1"] = "cross-sell",
        });

        Assert.Empty(StoreRequirements.Missing(store));
        Assert.Equal("pending", store.DealOrders!.Status);
        Assert.True(store.DealOrders.Matches("default", "cross-sell"));
        Assert.False(store.DealOrders.Matches("default", "closedwon"));
        Assert.False(store.DealOrders.Matches("renewals", "upsell"));
    }

    [Fact]
    public void DealOrders_WithoutStagesWithAnUnknownStatusOrOnShopify_AreRefusedAtStart()
    {
        var store = Store(new Dictionary<string, string?>
        {
            ["Gateway:Stores:0:Platform"] = "Shopify",
            ["Gateway:Stores:0:DealOrders:Pipeline"] = "default",
            ["Gateway:Stores:0:DealOrders:Status"] = "shipped",
        });

        var problems = StoreRequirements.Missing(store).ToList();

        Assert.Contains(problems, p => p.Contains("only WooCommerce", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("DealOrders:Stages", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("DealOrders:Status", StringComparison.Ordinal));
    }

    [Fact]
    public void WooCommerceOrder_WithTheDealIdInMetaData_NamesThatDeal()
    {
        using var body = JsonDocument.Parse("""
            {"id":55,"status":"pending","currency":"USD","total":"10.00","line_items":[],
             "meta_data":[{"id":1,"key":"_other","value":"x"},{"id":2,"key":"hubspot_deal_id","value":"7001"}]}
            """);

        var order = WooCommerceOrders.Snapshot(body.RootElement, new StoreContext("woo", StorePlatform.WooCommerce, "1000001", null, null, "USD"));

        Assert.Equal("7001", order.HubSpotDealId);
    }

    private static StoreOptions Store(Dictionary<string, string?> settings)
    {
        var values = new Dictionary<string, string?>
        {
            ["Gateway:Stores:0:Id"] = "woo",
            ["Gateway:Stores:0:Platform"] = "WooCommerce",
            ["Gateway:Stores:0:Api:BaseUrl"] = "https://woo.example/wp-json/wc/v3/",
            ["Gateway:Stores:0:Api:ClientId"] = "ck_1",
            ["Gateway:Stores:0:Api:ClientSecret"] = "cs_1",
        };
        foreach (var (key, value) in settings)
        {
            values[key] = value;
        }

        return StoreCatalog.From(new ConfigurationBuilder().AddInMemoryCollection(values).Build()).Stores[0];
    }
}
