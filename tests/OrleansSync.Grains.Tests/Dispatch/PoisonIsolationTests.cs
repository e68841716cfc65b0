using OrleansSync.Contracts.Behaviour;
using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Customers;
using OrleansSync.Contracts.Orders;
using OrleansSync.Contracts.Portals;
using OrleansSync.Grains.Dispatch;
using OrleansSync.Grains.Portals;
using OrleansSync.Grains.Tests.Fixtures;
using OrleansSync.Grains.Tests.Streams;
using OrleansSync.HubSpot;

namespace OrleansSync.Grains.Tests.Dispatch;

/// <summary>
/// Regression for the hostile-input run: one line item HubSpot answered 5xx for on every retry kept every later write of
/// its portal unsent (24 minutes, 58 failed calls, 0 dead letters). The sandbox refuses the record wherever it travels.
/// </summary>
public sealed class PoisonIsolationTests
{
    private const string CursedLamp = "Cursed Lamp";
    private static readonly StoreContext Store = StoreStreamBuilder.EuStore;

    private static string PoisonKey(string order) => ObjectKeys.LineItem($"shop-eu/{order}/L2");

    private static string PoisonAssociation(string order) => ObjectKeys.Association(ObjectKeys.Deal($"shop-eu/{order}"), PoisonKey(order));

    [Fact]
    public async Task Drain_LineItemHubSpotAlwaysRefuses_DeadLetteredAfterTheLimitWhileTheRestOfThePortalLands()
    {
        await using var sync = await SyncCluster.StartAsync(settings: Settings(maxRecordAttempts: 2, recordRetryDelay: "00:00:05"));
        var at = sync.Clock.GetUtcNow();
        await sync.PostAsync([new CustomerCreated(Store, Stamp("gus-1", at), TestEvents.Shopper("gus@example.com", "c1"))]);
        await sync.SettleAsync();
        sync.Sandbox.DefaultPortal.Faults.RefuseRecordsMatching = CursedLamp;

        await sync.PostAsync([
            WithCursedLine(TestEvents.Paid(Store, "8001", "eve@example.com", at)),
            TestEvents.Paid(Store, "8002", "fay@example.com", at),
            new ProductViewed(Store, Stamp("view-1", at), new Shopper("ivy@example.com", null, new VisitorContext(null, null, null, null)), at, "SKU-1", "p1", "Boots", 89m, ["shoes"]),
            new EraseCustomer(SyncCluster.PortalId, "gus@example.com", "req-1", "dpo@example.com", "ticket 7", at),
        ]);
        await sync.SettleAsync(leftover: k => k == PoisonKey("8001") || k == PoisonAssociation("8001"));

        // Everything else landed while the refused line item is still being retried (its second attempt is 5 s away).
        var queue = sync.Grains.GetGrain<IHubSpotPortalQueue>(SyncCluster.PortalId);
        Assert.Contains(PoisonKey("8001"), await queue.GetQueuedAsync());
        Assert.Empty(await sync.DeadLetters.ListAsync(SyncCluster.PortalId, 0, 100, CancellationToken.None));
        var deal = sync.HubSpot.Deal("shop-eu/8001")!;
        Assert.Equal(["Boots"], sync.HubSpot.From(HubSpotObjectTypes.Deals, deal.Id, HubSpotObjectTypes.LineItems).Select(a => LineItemName(sync, a.ToId)));
        Assert.Single(sync.HubSpot.From(HubSpotObjectTypes.Deals, deal.Id, HubSpotObjectTypes.Contacts));
        var other = sync.HubSpot.Deal("shop-eu/8002")!;
        Assert.Single(sync.HubSpot.From(HubSpotObjectTypes.Deals, other.Id, HubSpotObjectTypes.LineItems));
        Assert.Contains(sync.HubSpot.Events, e => e.EventName == "pe1000001_product_viewed" && e.Email == "ivy@example.com");
        Assert.Null(sync.HubSpot.Contact("gus@example.com"));

        // A later order is not held up behind the isolated record either.
        await sync.PostAsync([TestEvents.Paid(Store, "8003", "gil@example.com", at)]);
        await Wait.UntilAsync(() => sync.HubSpot.Deal("shop-eu/8003") is not null, TimeSpan.FromSeconds(30), "the later order's deal in HubSpot");
        Assert.Contains(PoisonKey("8001"), await queue.GetQueuedAsync());

        await Wait.UntilAsync(async () => (await sync.DeadLetters.ListAsync(SyncCluster.PortalId, 0, 100, CancellationToken.None)).Count == 2,
            TimeSpan.FromSeconds(60), "dead letters for the refused line item and its association");
        await sync.SettleAsync();
        var letters = await sync.DeadLetters.ListAsync(SyncCluster.PortalId, 0, 100, CancellationToken.None);
        var letter = Assert.Single(letters, l => l.TypeOrObjectKey == PoisonKey("8001"));
        Assert.Contains(CursedLamp, letter.Payload, StringComparison.Ordinal);
        Assert.Contains("500 INTERNAL_ERROR", letter.Error, StringComparison.Ordinal);
        Assert.Contains("refuses a record", letter.Error, StringComparison.Ordinal);
        Assert.Equal(2, letter.Attempts);
        var association = Assert.Single(letters, l => l.TypeOrObjectKey == PoisonAssociation("8001"));
        Assert.Contains("ENDPOINT_DEAD_LETTERED", association.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(sync.HubSpot.LineItems, l => l.Properties.GetValueOrDefault("name") == CursedLamp);
    }

    [Fact]
    public async Task Drain_RefusedLineItemAmongSixtyOthers_IsolatedByHalvingInAFewCalls()
    {
        await using var sync = await SyncCluster.StartAsync(settings: Settings(maxRecordAttempts: 1));
        var at = sync.Clock.GetUtcNow();
        sync.Sandbox.DefaultPortal.Faults.RefuseRecordsMatching = CursedLamp;
        var orders = Enumerable.Range(8401, 60).ToList();
        await sync.PostAsync([.. orders.Select(i => i == 8450
            ? WithCursedLine(TestEvents.Paid(Store, $"{i}", $"buyer{i}@example.com", at))
            : TestEvents.Paid(Store, $"{i}", $"buyer{i}@example.com", at))]);
        await Wait.UntilAsync(async () => (await sync.DeadLetters.ListAsync(SyncCluster.PortalId, 0, 100, CancellationToken.None)).Count == 2,
            TimeSpan.FromSeconds(60), "dead letters for the refused line item and its association");
        await sync.SettleAsync();

        Assert.Equal(60, sync.HubSpot.LineItems.Count);
        Assert.All(orders, i => Assert.NotNull(sync.HubSpot.Deal($"shop-eu/{i}")));
        // Halving finds one record among at most 61 in at most 7 refused calls (61 → 31 → 16 → 8 → 4 → 2 → 1), not one per record.
        Assert.InRange(sync.Sandbox.DefaultPortal.Calls().Count(c => c.Status == 500), 1, 7);
    }

    [Fact]
    public async Task Drain_LineOfQuantity1e27AtUnitPrice1e27_DeadLetteredWhileTheOrderLands()
    {
        await using var sync = await SyncCluster.StartAsync(settings: Settings(maxRecordAttempts: 1));
        var at = sync.Clock.GetUtcNow();
        var paid = TestEvents.Paid(Store, "8501", "eve@example.com", at);
        await sync.PostAsync([paid with
        {
            Order = paid.Order with { Lines = [.. paid.Order.Lines, new LineItem("L2", "SKU-66", "Huge", 1e27m, 1e27m, 0m, 0m, null, null, ["shoes"])] },
        }]);
        await Wait.UntilAsync(async () => (await sync.DeadLetters.ListAsync(SyncCluster.PortalId, 0, 100, CancellationToken.None)).Count == 2,
            TimeSpan.FromSeconds(60), "dead letters for the overflowing line item and its association");
        await sync.SettleAsync();

        // HubSpot (here: the sandbox's amount overflow) answers 500 for the line's every call; the rest of the order lands.
        var letter = Assert.Single(await sync.DeadLetters.ListAsync(SyncCluster.PortalId, 0, 100, CancellationToken.None), l => l.TypeOrObjectKey == PoisonKey("8501"));
        Assert.StartsWith("HubSpot failed it 1 time(s) while answering other calls; last answer: 500", letter.Error, StringComparison.Ordinal);
        Assert.Contains("1000000000000000000000000000", letter.Payload, StringComparison.Ordinal);
        var deal = sync.HubSpot.Deal("shop-eu/8501")!;
        Assert.Single(sync.HubSpot.From(HubSpotObjectTypes.Deals, deal.Id, HubSpotObjectTypes.LineItems));
    }

    [Fact]
    public async Task ReplayDeadLetter_AfterHubSpotStopsRefusing_LandsTheRecordOnceWithItsAssociation()
    {
        await using var sync = await SyncCluster.StartAsync(settings: Settings(maxRecordAttempts: 1));
        var at = sync.Clock.GetUtcNow();
        sync.Sandbox.DefaultPortal.Faults.RefuseRecordsMatching = CursedLamp;
        await sync.PostAsync([WithCursedLine(TestEvents.Paid(Store, "8101", "eve@example.com", at))]);
        await Wait.UntilAsync(async () => (await sync.DeadLetters.ListAsync(SyncCluster.PortalId, 0, 100, CancellationToken.None)).Count == 2,
            TimeSpan.FromSeconds(60), "dead letters for the refused line item and its association");
        await sync.SettleAsync();
        var letter = Assert.Single(await sync.DeadLetters.ListAsync(SyncCluster.PortalId, 0, 100, CancellationToken.None), l => l.TypeOrObjectKey == PoisonKey("8101"));

        sync.Sandbox.DefaultPortal.Faults.RefuseRecordsMatching = null;
        var portal = sync.Grains.GetGrain<IHubSpotPortalGrain>(SyncCluster.PortalId);
        Assert.True(await portal.ReplayDeadLetterAsync(letter.Id));
        await sync.SettleAsync();

        Assert.Single(sync.HubSpot.LineItems, l => l.Properties.GetValueOrDefault("name") == CursedLamp);
        var deal = sync.HubSpot.Deal("shop-eu/8101")!;
        Assert.Equal(2, sync.HubSpot.From(HubSpotObjectTypes.Deals, deal.Id, HubSpotObjectTypes.LineItems).Count);
        Assert.Empty(await sync.DeadLetters.ListAsync(SyncCluster.PortalId, 0, 100, CancellationToken.None));
        Assert.False(await portal.ReplayDeadLetterAsync(letter.Id));
    }

    [Fact]
    public async Task Drain_WholePortalOutage_ProbedWithOneReadPerPause_DeadLettersNothingAndEverythingLandsAfterRecovery()
    {
        var settings = Settings(maxRecordAttempts: 1);
        settings["HubSpotDispatch:OutageRetryMaxDelay"] = "00:00:00.200";
        settings["HubSpot:CircuitBreakDuration"] = "00:00:00.500";
        await using var sync = await SyncCluster.StartAsync(settings: settings);
        var at = sync.Clock.GetUtcNow();
        await sync.PostAsync([TestEvents.Paid(Store, "8201", "eve@example.com", at)]);
        await sync.SettleAsync();
        var portal = sync.Sandbox.DefaultPortal;

        portal.Faults.ServerErrorRate = 1.0;
        await sync.PostAsync([.. Enumerable.Range(8202, 5).Select(i => TestEvents.Paid(Store, $"{i}", $"buyer{i}@example.com", at))]);
        await Wait.UntilAsync(() => portal.Calls().Count(c => c.Status >= 500) >= 15, TimeSpan.FromSeconds(60), "15 calls answered 5xx during the outage");
        portal.Faults.ServerErrorRate = 0;

        // The first drain's writes failed; after that each pause ends with one read, so the outage does not spend the
        // 10-second window the backlog needs once HubSpot is back.
        var failedWrites = portal.Calls().Count(c => c.Status >= 500 && c.Method == "POST");
        Assert.True(failedWrites <= 3, $"{failedWrites} record writes were sent during the outage; expected one drain's (contacts, deals, line items)");
        await sync.SettleAsync();

        Assert.Empty(await sync.DeadLetters.ListAsync(SyncCluster.PortalId, 0, 100, CancellationToken.None));
        foreach (var order in Enumerable.Range(8201, 6))
        {
            var deal = sync.HubSpot.Deal($"shop-eu/{order}");
            Assert.True(deal is not null, $"deal of order {order} in HubSpot");
            Assert.Single(sync.HubSpot.From(HubSpotObjectTypes.Deals, deal.Id, HubSpotObjectTypes.LineItems));
            Assert.Single(sync.HubSpot.From(HubSpotObjectTypes.Deals, deal.Id, HubSpotObjectTypes.Contacts));
        }
    }

    [Fact]
    public async Task Drain_429Bursts_NeverDeadLetter()
    {
        var settings = Settings(maxRecordAttempts: 1);
        settings["HubSpot:MaxRetryAttempts"] = "1";
        await using var sync = await SyncCluster.StartAsync(settings: settings, portal: p => p.Interval = TimeSpan.FromMilliseconds(500));
        var at = sync.Clock.GetUtcNow();
        await sync.PostAsync([TestEvents.Paid(Store, "8301", "eve@example.com", at)]);
        await sync.SettleAsync();
        var portal = sync.Sandbox.DefaultPortal;

        portal.Faults.Pending429Burst = 6;
        await sync.PostAsync([.. Enumerable.Range(8302, 4).Select(i => TestEvents.Paid(Store, $"{i}", $"buyer{i}@example.com", at))]);
        await sync.SettleAsync();

        Assert.Equal(6, portal.Calls().Count(c => c.Status == 429));
        Assert.Empty(await sync.DeadLetters.ListAsync(SyncCluster.PortalId, 0, 100, CancellationToken.None));
        Assert.All(Enumerable.Range(8301, 5), order => Assert.NotNull(sync.HubSpot.Deal($"shop-eu/{order}")));
        Assert.Equal(5, sync.HubSpot.LineItems.Count);
    }

    /// <summary>Small backoffs so the tests take seconds; <paramref name="maxRecordAttempts"/> 1 makes any wrongly blamed record a dead letter at once.</summary>
    private static Dictionary<string, string?> Settings(int maxRecordAttempts, string recordRetryDelay = "00:00:00.100") => new()
    {
        ["HubSpotDispatch:MaxRecordAttempts"] = $"{maxRecordAttempts}",
        ["HubSpotDispatch:RecordRetryDelay"] = recordRetryDelay,
        ["HubSpotDispatch:RecordRetryMaxDelay"] = recordRetryDelay,
    };

    /// <summary>A second line HubSpot refuses while the sandbox's refuse knob names it (and takes once it no longer does).</summary>
    private static OrderPaid WithCursedLine(OrderPaid paid) => paid with
    {
        Order = paid.Order with { Lines = [.. paid.Order.Lines, new LineItem("L2", "SKU-66", CursedLamp, 1m, 30m, 0m, 0m, null, null, ["shoes"])] },
    };

    private static string? LineItemName(SyncCluster sync, string id) => sync.HubSpot.LineItems.Single(l => l.Id == id).Properties.GetValueOrDefault("name");

    private static SourceStamp Stamp(string id, DateTimeOffset at) => new(id, null, at, null, at);
}
