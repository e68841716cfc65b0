using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Customers;
using OrleansSync.Contracts.Routing;
using OrleansSync.Grains.Customers;
using OrleansSync.Grains.Tests.Fixtures;
using OrleansSync.Grains.Tests.Streams;

namespace OrleansSync.Grains.Tests.EndToEnd;

public sealed class GdprEraseTests
{
    private static readonly StoreContext _store = StoreStreamBuilder.EuStore;

    [Fact]
    public async Task Erase_CustomerWithContactAndOrders_ContactGdprDeletedInHubSpotAndLocalStateForgotten()
    {
        await using var sync = await SyncCluster.StartAsync();
        var at = sync.Clock.GetUtcNow();
        await sync.PostAsync([
            new CustomerCreated(_store, new SourceStamp("e-1", null, at, null, at), TestEvents.Shopper("erin@example.com", "c9") with { FirstName = "Erin" }),
            TestEvents.Paid(_store, "9001", "erin@example.com", at),
        ]);
        await sync.SettleAsync();
        Assert.NotNull(sync.HubSpot.Contact("erin@example.com"));

        await sync.PostAsync([new EraseCustomer(SyncCluster.PortalId, " Erin@Example.com ", "req-1", "dpo@example.com", "ticket 42", at)]);
        await sync.SettleAsync();

        Assert.Null(sync.HubSpot.Contact("erin@example.com"));
        var stored = await sync.StoredStateAsync(GrainKeys.Customer(SyncCluster.PortalId, "erin@example.com"));
        Assert.True(stored.GetProperty("state").GetProperty("deleted").GetBoolean());
        Assert.DoesNotContain("Erin", stored.GetRawText());
    }

    [Fact]
    public async Task Redact_StoreSendsRedactWithOnlyTheCustomerId_ContactGdprDeletedInHubSpot()
    {
        await using var sync = await SyncCluster.StartAsync();
        var at = sync.Clock.GetUtcNow();
        await sync.PostAsync([new CustomerCreated(_store, new SourceStamp("r-1", null, at, null, at), TestEvents.Shopper("rae@example.com", "c31"))]);
        await sync.SettleAsync();
        Assert.NotNull(sync.HubSpot.Contact("rae@example.com"));

        await sync.PostAsync([new CustomerRedacted(_store, new SourceStamp("c31", null, at, null, at), "c31", null)]);
        await sync.SettleAsync();

        Assert.Null(sync.HubSpot.Contact("rae@example.com"));
    }
}
