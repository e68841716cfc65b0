using System.Globalization;
using OrleansSync.Grains.Mapping;
using OrleansSync.Grains.Portals;
using OrleansSync.Grains.Tests.Fixtures;
using OrleansSync.HubSpot;
using Xunit.Abstractions;

namespace OrleansSync.Grains.Tests.EndToEnd;

public sealed class MixedStreamTests(MixedStreamFixture fixture, ITestOutputHelper output) : IClassFixture<MixedStreamFixture>
{
    private HubSpotView HubSpot => fixture.Sync.HubSpot;

    [Fact]
    public void Sync_MixedStreamWithDuplicatesAndReordering_OneContactPerPerson()
    {
        output.WriteLine($"{fixture.Stream.Count} events → settled in HubSpot in {fixture.Elapsed.TotalSeconds:0.0} s ({fixture.Stream.Count / fixture.Elapsed.TotalSeconds:0} events/s)");
        var emails = HubSpot.Contacts.Select(c => c.Properties.GetValueOrDefault("email")).Order().ToList();
        Assert.Equal(fixture.Ledger.People.Values.Select(p => p.FinalEmail).Order(), emails);
        var former = fixture.Ledger.People.Values.SelectMany(p => p.FormerEmails).ToList();
        Assert.NotEmpty(former);
        Assert.All(former, email => Assert.Null(HubSpot.Contact(email)));
    }

    [Fact]
    public void Sync_MixedStreamWithDuplicatesAndReordering_OneDealPerOrderWithStageAndAmount()
    {
        Assert.Equal(fixture.Ledger.Orders.Count, HubSpot.Deals.Count);
        foreach (var order in fixture.Ledger.Orders.Values)
        {
            var deal = HubSpot.Deal(order.OrderKey);
            Assert.True(deal is not null, $"deal for order {order.OrderKey}");
            var p = deal.Properties;
            Assert.Equal(DealStageLabels.Of(order.Stage), fixture.StageLabels[p["dealstage"]]);
            Assert.Equal(order.GrossAmount, decimal.Parse(p["amount"], CultureInfo.InvariantCulture));
            Assert.Equal(order.Refunded, decimal.Parse(p["ecom_refunded"], CultureInfo.InvariantCulture));
            Assert.Equal(order.Currency, p["deal_currency_code"]);
            Assert.Equal(order.PaidAt?.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), p.GetValueOrDefault("closedate"));
        }
    }

    [Fact]
    public void Sync_MixedStreamWithDuplicatesAndReordering_LineItemsAndAssociationsOnce()
    {
        var expectedLines = fixture.Ledger.Orders.Values.SelectMany(o => o.LineKeys).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expectedLines, HubSpot.LineItems.Select(l => l.Properties["ecom_line_key"]).Order(StringComparer.Ordinal));
        var lineIds = HubSpot.LineItems.ToDictionary(l => l.Properties["ecom_line_key"], l => l.Id);
        foreach (var order in fixture.Ledger.Orders.Values)
        {
            var deal = HubSpot.Deal(order.OrderKey)!;
            var contacts = HubSpot.From(HubSpotObjectTypes.Deals, deal.Id, HubSpotObjectTypes.Contacts);
            var contact = Assert.Single(contacts);
            Assert.Equal(HubSpot.Contact(order.PersonEmail)!.Id, contact.ToId);
            var lines = HubSpot.From(HubSpotObjectTypes.Deals, deal.Id, HubSpotObjectTypes.LineItems).Select(a => a.ToId).Order().ToList();
            Assert.Equal(order.LineKeys.Select(k => lineIds[k]).Order(), lines);
        }

        Assert.Equal(HubSpot.Associations.Count, HubSpot.Associations.Distinct().Count());
    }

    [Fact]
    public void Dispatch_MixedStream_BatchedUpsertsOnlyAndFarFewerCallsThanEvents()
    {
        var writes = fixture.Sync.Sandbox.DefaultPortal.Calls().Where(c => c.Method == "POST" && !c.Path.EndsWith("/batch/read", StringComparison.Ordinal) && !c.Path.Contains("/properties", StringComparison.Ordinal) && !c.Path.Contains("/pipelines", StringComparison.Ordinal)).ToList();
        output.WriteLine($"{fixture.Stream.Count} events → {writes.Count} HubSpot write calls, {writes.Sum(c => c.Inputs)} inputs");
        Assert.All(writes, c => Assert.Matches("/batch/(upsert|create)$", c.Path));
        Assert.All(writes, c => Assert.InRange(c.Inputs, 1, 100));
        Assert.True(writes.Count * 3 < fixture.Stream.Count, $"{writes.Count} calls for {fixture.Stream.Count} events");
    }

    [Fact]
    public void Revenue_PerDayAndCurrency_EqualsPaidTotalMinusRefunds()
    {
        var store = fixture.Ledger.Orders.Values.Where(o => o.PaidAt is not null)
            .GroupBy(o => (Day: DateOnly.FromDateTime(o.PaidAt!.Value.UtcDateTime), o.Currency))
            .ToDictionary(g => g.Key, g => g.Sum(o => o.Total - o.Refunded));
        var hubspot = HubSpot.Deals.Where(d => d.Properties.ContainsKey("closedate"))
            .GroupBy(d => (Day: DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(d.Properties["closedate"], CultureInfo.InvariantCulture)).UtcDateTime), Currency: d.Properties["deal_currency_code"]))
            .ToDictionary(g => g.Key, g => g.Sum(d => decimal.Parse(d.Properties["amount"], CultureInfo.InvariantCulture)));
        Assert.True(store.Count > 3, "the stream spans several days and two currencies");
        Assert.Equal(store.OrderBy(p => p.Key), hubspot.OrderBy(p => p.Key));
    }

    [Fact]
    public async Task Sync_SameStreamOnThreeSilos_EndsInSameHubSpotState()
    {
        var (stream, _) = MixedStreamFixture.Build();
        await using var sync = await SyncCluster.StartAsync(silos: 3);
        await sync.PostAsync(stream);
        await sync.SettleAsync();
        var snapshot = HubSpotSnapshot.Capture(sync.HubSpot);
        Assert.Equal(fixture.Snapshot, snapshot);
    }

    [Fact]
    public async Task Sync_PortalOwnerCrashesMidStream_EndsInSameHubSpotState()
    {
        var (stream, _) = MixedStreamFixture.Build();
        await using var sync = await SyncCluster.StartAsync(silos: 3);
        var half = stream.Count / 2;
        await sync.PostAsync(stream.Take(half));
        await Task.Delay(300);
        await sync.KillPortalSiloAsync();
        await sync.PostAsync(stream.Skip(half));
        await sync.SettleUntilAsync(
            () => HubSpotSnapshot.Capture(sync.HubSpot).SequenceEqual(fixture.Snapshot),
            "the one-silo run's HubSpot state",
            describe: () => HubSpotSnapshot.Difference(fixture.Snapshot, HubSpotSnapshot.Capture(sync.HubSpot)));
        Assert.Equal(fixture.Snapshot, HubSpotSnapshot.Capture(sync.HubSpot));
    }

    [Fact]
    public async Task Sync_PortalSiloKilledAndOnlyOrleansRemindersRetry_EndsInSameHubSpotState()
    {
        // No reminder is fired by hand here: what the dead silo's portal grain held in memory comes back only through the
        // owing grains' effect-retry reminders, which Orleans' reminder service (ADO.NET on PostgreSQL) fires on the survivors.
        var (stream, _) = MixedStreamFixture.Build();
        await using var sync = await SyncCluster.StartAsync(silos: 2, fireReminders: false);
        await sync.PostAsync(stream);
        await sync.KillPortalSiloAsync();
        await sync.SettleUntilAsync(
            () => HubSpotSnapshot.Capture(sync.HubSpot).SequenceEqual(fixture.Snapshot),
            "the one-silo run's HubSpot state",
            TimeSpan.FromMinutes(2),
            () => HubSpotSnapshot.Difference(fixture.Snapshot, HubSpotSnapshot.Capture(sync.HubSpot)));
    }
}
