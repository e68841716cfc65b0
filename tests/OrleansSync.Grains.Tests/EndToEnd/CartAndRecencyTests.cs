using OrleansSync.Grains.Tests.Fixtures;
using OrleansSync.Grains.Tests.Streams;

namespace OrleansSync.Grains.Tests.EndToEnd;

public sealed class CartAndRecencyTests
{
    private const string Abandoned = "pe1000001_cart_abandoned";

    [Fact]
    public async Task Abandonment_WindowPasses_FiresOnceWithValueItemsAndRecoveryUrl()
    {
        await using var sync = await SyncCluster.StartAsync();
        var clock = sync.Clock;
        await sync.PostAsync([TestEvents.Checkout(StoreStreamBuilder.EuStore, "cart-1", "ann@example.com", clock.GetUtcNow())]);
        await sync.SettleAsync();

        clock.Advance(TimeSpan.FromMinutes(44));
        await Task.Delay(500);
        await sync.SettleAsync();
        Assert.DoesNotContain(sync.HubSpot.Events, e => e.EventName == Abandoned);

        clock.Advance(TimeSpan.FromMinutes(2));
        await sync.SettleUntilAsync(() => sync.HubSpot.Events.Any(e => e.EventName == Abandoned), "the abandonment event");
        clock.Advance(TimeSpan.FromHours(3));
        await Task.Delay(500);
        await sync.SettleAsync();

        var contact = sync.HubSpot.Contact("ann@example.com")!;
        Assert.Equal("abandoned", contact.Properties["ecom_cart_status"]);
        Assert.Equal("120.00", contact.Properties["ecom_abandoned_cart_value"]);
        Assert.Equal("2 x Backpack", contact.Properties["ecom_abandoned_cart_items"]);
        Assert.Equal("https://shop-eu.example/cart/cart-1/recover", contact.Properties["ecom_abandoned_cart_url"]);
        Assert.Equal("lead", contact.Properties["lifecyclestage"]);
        Assert.Single(sync.HubSpot.Events, e => e.EventName == Abandoned);
    }

    [Fact]
    public async Task Abandonment_SameCustomerBoughtInOtherStorefront_NeverFires()
    {
        await using var sync = await SyncCluster.StartAsync();
        var clock = sync.Clock;
        var now = clock.GetUtcNow();
        await sync.PostAsync([
            TestEvents.Checkout(StoreStreamBuilder.EuStore, "cart-2", "bo@example.com", now),
            TestEvents.Paid(StoreStreamBuilder.UsStore, "9001", "bo@example.com", now.AddMinutes(10)),
        ]);
        await sync.SettleAsync();

        clock.Advance(TimeSpan.FromMinutes(60));
        await Task.Delay(500);
        await sync.SettleAsync();

        Assert.DoesNotContain(sync.HubSpot.Events, e => e.EventName == Abandoned);
        Assert.False(sync.HubSpot.Contact("bo@example.com")!.Properties.ContainsKey("ecom_cart_status"));
    }

    [Fact]
    public async Task Abandonment_PurchaseAfterAbandonment_CountsAsRecovered()
    {
        await using var sync = await SyncCluster.StartAsync();
        var clock = sync.Clock;
        await sync.PostAsync([TestEvents.Checkout(StoreStreamBuilder.EuStore, "cart-3", "cy@example.com", clock.GetUtcNow())]);
        await sync.SettleAsync();
        clock.Advance(TimeSpan.FromMinutes(50));
        await sync.SettleUntilAsync(() => sync.HubSpot.Events.Any(e => e.EventName == Abandoned), "the abandonment event");

        await sync.PostAsync([TestEvents.Paid(StoreStreamBuilder.EuStore, "9002", "cy@example.com", clock.GetUtcNow())]);
        await sync.SettleUntilAsync(() => sync.HubSpot.Contact("cy@example.com")?.Properties.GetValueOrDefault("ecom_cart_status") == "recovered", "a recovered cart");

        var contact = sync.HubSpot.Contact("cy@example.com")!;
        Assert.Equal("1", contact.Properties["ecom_carts_recovered"]);
        Assert.Equal("customer", contact.Properties["lifecyclestage"]);
    }

    [Fact]
    public async Task Recency_NoOrderForNinetyThenHundredEightyDays_LapsedThenChurnRisk()
    {
        await using var sync = await SyncCluster.StartAsync();
        var clock = sync.Clock;
        await sync.PostAsync([TestEvents.Paid(StoreStreamBuilder.EuStore, "9003", "di@example.com", clock.GetUtcNow())]);
        await sync.SettleAsync();
        Assert.Equal("customer", Status(sync));
        Assert.Equal("true", sync.HubSpot.Contact("di@example.com")!.Properties["ecom_recent_purchase"]);

        clock.Advance(TimeSpan.FromDays(89));
        await sync.SettleUntilAsync(() => sync.HubSpot.Contact("di@example.com")!.Properties["ecom_recent_purchase"] == "false", "the recent-purchase flag off");
        Assert.Equal("customer", Status(sync));

        clock.Advance(TimeSpan.FromDays(2));
        await sync.SettleUntilAsync(() => Status(sync) == "lapsed", "status lapsed after 90 days");

        clock.Advance(TimeSpan.FromDays(90));
        await sync.SettleUntilAsync(() => Status(sync) == "churn_risk", "status churn_risk after 180 days");
        Assert.Equal("customer", sync.HubSpot.Contact("di@example.com")!.Properties["lifecyclestage"]);
    }

    private static string? Status(SyncCluster sync) => sync.HubSpot.Contact("di@example.com")?.Properties.GetValueOrDefault("ecom_customer_status");

}
