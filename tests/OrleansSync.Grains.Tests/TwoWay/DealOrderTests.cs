using System.Globalization;
using System.Text.Json.Nodes;
using OrleansSync.Contracts.DeadLetters;
using OrleansSync.Contracts.HubSpotChanges;
using OrleansSync.Contracts.Messaging;
using OrleansSync.Grains.Tests.Fixtures;
using OrleansSync.HubSpot.Sandbox.Inspection;
using OrleansSync.Stores.Connectors;
using OrleansSync.Stores.Simulators.WooCommerce;
using OrleansSync.Stores.WooCommerce;
using OrleansSync.Testing;

namespace OrleansSync.Grains.Tests.TwoWay;

/// <summary>
/// Deals a sales rep creates in HubSpot in the store's configured pipeline stage become WooCommerce orders, and each such
/// order then syncs like any other onto that same deal: signed webhook → grid → deal-order grain → store order writer →
/// WooCommerce simulator → order.created webhook → order grain → the rep's deal.
/// </summary>
public sealed class DealOrderTests
{
    private const string Email = "ann@example.com";

    [PostgresFact]
    public async Task RepCreatesUpsellDealWithTwoLines_StoreGetsOneOrder_AndTheOrderSyncUpdatesThatSameDeal()
    {
        await using var rig = await TwoWayRig.StartAsync();
        var contactId = await AddCustomerWithStoreProductAsync(rig);
        var dealsBefore = rig.HubSpot.Deals.Count;

        var deal = CreateUpsellDeal(rig, contactId);
        await rig.SettleUntilOrderSyncedAsync(deal.Id);

        var order = Assert.Single(rig.StoreOrders.Created);
        Assert.Equal(Email, (string?)order["billing"]!["email"]);
        Assert.Equal(deal.Id, MetaDealId(order));
        var lines = order["line_items"]!.AsArray().Select(l => ((string?)l!["name"], (decimal)l["quantity"]!, (string?)l["total"], (long)l["product_id"]!)).ToList();
        Assert.Equal([("Product 7", 2m, "50.00", 1007L), ("Setup service", 1m, "99.50", 0L)], lines);
        Assert.Equal("149.50", (string?)order["total"]);

        // Exactly one new deal in HubSpot: the rep's, now carrying the order.
        Assert.Equal(dealsBefore + 1, rig.HubSpot.Deals.Count);
        var synced = rig.HubSpot.Deal($"{TwoWayRig.StoreId}/{order["id"]}")!;
        Assert.Equal(deal.Id, synced.Id);
        Assert.Equal(149.50m, decimal.Parse(synced.Properties["amount"], CultureInfo.InvariantCulture));
        var stages = await HubSpotSnapshot.StageLabelsAsync(rig.Cluster);
        Assert.Equal("Order placed", stages[synced.Properties["dealstage"]]);
        Assert.NotEqual("default", synced.Properties["pipeline"]);

        // Our own deal writes came back as webhooks and made no second order.
        Assert.Contains(rig.Cluster.Sandbox.DefaultPortal.WebhookDeliveries(), d => d.SubscriptionTypes.Contains("deal.propertyChange"));
        Assert.Single(rig.StoreOrders.Created);
    }

    [PostgresFact]
    public async Task StoreOrderWebhookArrivesBeforeTheWriterHearsTheOrderId_TheOrderStillLandsOnTheRepsDeal()
    {
        await using var rig = await TwoWayRig.StartAsync();
        var contactId = await AddCustomerWithStoreProductAsync(rig);
        var dealsBefore = rig.HubSpot.Deals.Count;

        // The store holds its answer until its order webhook went through the grid and the order's deal reached HubSpot.
        rig.StoreOrders.BeforeAnswer = async order =>
        {
            await rig.StoreWebhookAsync(order, "order.created");
            var key = $"{TwoWayRig.StoreId}/{order["id"]}";
            await Wait.UntilAsync(() => rig.HubSpot.Deals.Any(d => d.Properties.GetValueOrDefault("ecom_order_key") == key), TimeSpan.FromSeconds(20),
                "the order's deal written before the store answers the order creation");
        };

        var deal = CreateUpsellDeal(rig, contactId);
        await rig.SettleUntilOrderSyncedAsync(deal.Id);

        var order = Assert.Single(rig.StoreOrders.Created);
        Assert.Equal(dealsBefore + 1, rig.HubSpot.Deals.Count);
        Assert.Equal(deal.Id, rig.HubSpot.Deal($"{TwoWayRig.StoreId}/{order["id"]}")!.Id);
    }

    [PostgresFact]
    public async Task DealWebhookRedeliveredAndRepeated_StillOneOrder()
    {
        await using var rig = await TwoWayRig.StartAsync();
        var contactId = await AddCustomerWithStoreProductAsync(rig);
        var deal = CreateUpsellDeal(rig, contactId);
        await rig.SettleUntilOrderSyncedAsync(deal.Id);

        var byRep = new ChangeOrigin("CRM_UI", "userId:1", false);
        await rig.Cluster.PostAsync([
            new DealChanged(SyncCluster.PortalId, deal.Id, null, null, DateTimeOffset.UtcNow, byRep),
            new DealChanged(SyncCluster.PortalId, deal.Id, "dealstage", TwoWayRig.UpsellStage, DateTimeOffset.UtcNow, byRep),
        ]);
        await rig.SettleAsync();

        Assert.Single(rig.StoreOrders.Created);
        Assert.Single(rig.HubSpot.Deals, d => d.Properties.GetValueOrDefault("ecom_order_key") is { Length: > 0 } key && key.StartsWith($"{TwoWayRig.StoreId}/", StringComparison.Ordinal));
    }

    [PostgresFact]
    public async Task DealInAnotherStageOrPipeline_MakesNoOrder_UntilARepMovesItIntoTheUpsellStage()
    {
        await using var rig = await TwoWayRig.StartAsync();
        var contactId = await AddCustomerWithStoreProductAsync(rig);
        var portal = rig.Cluster.Sandbox.DefaultPortal;

        var elsewhere = portal.CreateDealAsSalesRep(Deal("appointmentscheduled"), Lines(), contactId);
        var otherPipeline = portal.CreateDealAsSalesRep(new Dictionary<string, string>(Deal(TwoWayRig.UpsellStage)) { ["pipeline"] = "renewals" }, Lines(), contactId);
        await rig.SettleAsync();
        Assert.Empty(rig.StoreOrders.Created);

        portal.EditAsSalesRep("deals", elsewhere.Id, new Dictionary<string, string> { ["dealstage"] = TwoWayRig.UpsellStage });
        await rig.SettleUntilOrderSyncedAsync(elsewhere.Id);

        Assert.Equal(elsewhere.Id, MetaDealId(Assert.Single(rig.StoreOrders.Created)));
        Assert.DoesNotContain(rig.StoreOrders.Created, o => MetaDealId(o) == otherPipeline.Id);
    }

    [PostgresFact]
    public async Task StoreDownWhenDealIsCreated_TheOrderIsCreatedOnceWhenItRecovers()
    {
        await using var rig = await TwoWayRig.StartAsync();
        var contactId = await AddCustomerWithStoreProductAsync(rig);
        rig.Store.Outage = true;

        var deal = CreateUpsellDeal(rig, contactId);
        await Wait.UntilAsync(() => rig.Store.Requests.Count(r => r.Contains("orders", StringComparison.Ordinal)) >= 3, TimeSpan.FromSeconds(60),
            "the order creation tried against the store that is down");
        Assert.Empty(rig.StoreOrders.Created);
        rig.Store.Outage = false;
        await rig.SettleUntilOrderSyncedAsync(deal.Id);

        Assert.Equal(deal.Id, MetaDealId(Assert.Single(rig.StoreOrders.Created)));
        Assert.Equal(deal.Id, rig.HubSpot.Deal($"{TwoWayRig.StoreId}/{rig.StoreOrders.Created[0]["id"]}")!.Id);
    }

    [PostgresFact]
    public async Task StoreRefusesTheOrderWith4xx_ItIsDeadLetteredWithTheReason_NotRetried_UntilTheLetterIsReplayed()
    {
        await using var rig = await TwoWayRig.StartAsync();
        var contactId = await AddCustomerWithStoreProductAsync(rig);
        rig.StoreOrders.RefuseWith = 400;

        var deal = CreateUpsellDeal(rig, contactId);
        await Wait.UntilAsync(async () => (await rig.Cluster.DeadLetters.ListAsync(SyncCluster.PortalId, 0, 100, CancellationToken.None)).Count > 0,
            TimeSpan.FromSeconds(60), "the refused order dead-lettered");
        await rig.SettleAsync();
        await Task.Delay(TimeSpan.FromSeconds(2));

        var letter = Assert.Single(await rig.Cluster.DeadLetters.ListAsync(SyncCluster.PortalId, 0, 100, CancellationToken.None));
        Assert.Equal(DeadLetterKind.Message, letter.Kind);
        Assert.Contains(deal.Id, letter.Payload, StringComparison.Ordinal);
        Assert.Contains("400", letter.Error, StringComparison.Ordinal);
        Assert.Equal(1, rig.StoreOrders.Refused);
        Assert.Empty(rig.StoreOrders.Created);

        // Replayed as the admin's replay hands a message letter back to its grain.
        rig.StoreOrders.RefuseWith = null;
        await rig.Cluster.Grains.Get(letter.Grain).DeliverAsync(letter.Grain, [new GrainEnvelope($"dead-letter:{letter.Id}", MessageTypes.Deserialize(letter.TypeOrObjectKey, letter.Payload))]);
        await rig.SettleUntilOrderSyncedAsync(deal.Id);

        Assert.Equal(deal.Id, MetaDealId(Assert.Single(rig.StoreOrders.Created)));
    }

    /// <summary>A store customer (so a HubSpot contact) and a store product SKU-007 known to the grid; returns the contact's id.</summary>
    private static async Task<string> AddCustomerWithStoreProductAsync(TwoWayRig rig)
    {
        await rig.AddCustomerAsync(21, Email, "Ann", "555-0100");
        var product = WooCommerceGenerator.Product(7);
        product["id"] = 1007L;
        rig.Store.Put(StoreResource.Products, product);
        await rig.StoreWebhookAsync(product, "product.created");
        await rig.SettleAsync();
        return rig.HubSpot.Contact(Email)!.Id;
    }

    private static SandboxRecord CreateUpsellDeal(TwoWayRig rig, string contactId) =>
        rig.Cluster.Sandbox.DefaultPortal.CreateDealAsSalesRep(Deal(TwoWayRig.UpsellStage), Lines(), contactId);

    private static Dictionary<string, string> Deal(string stage) =>
        new() { ["dealname"] = "Ann: warranty upsell", ["pipeline"] = "default", ["dealstage"] = stage, ["deal_currency_code"] = "USD" };

    private static IReadOnlyList<IReadOnlyDictionary<string, string>> Lines() =>
    [
        new Dictionary<string, string> { ["name"] = "Warranty for product 7", ["quantity"] = "2", ["price"] = "25.00", ["hs_sku"] = "SKU-007" },
        new Dictionary<string, string> { ["name"] = "Setup service", ["quantity"] = "1", ["price"] = "99.50" },
    ];

    private static string? MetaDealId(JsonObject order) =>
        order["meta_data"]!.AsArray().Where(m => (string?)m!["key"] == WooCommerceOrders.HubSpotDealMetaKey).Select(m => (string?)m!["value"]).FirstOrDefault();
}
