using System.Globalization;
using OrleansSync.Contracts.Connectors;
using OrleansSync.Grains.Tests.Fixtures;
using OrleansSync.HubSpot.Sandbox.Inspection;
using OrleansSync.Stores.Connectors;
using OrleansSync.Stores.Simulators.WooCommerce;

namespace OrleansSync.Grains.Tests.Connectors;

/// <summary>
/// The store connector against a simulated WooCommerce store over real HTTP, on a TestingHost cluster with PostgreSQL
/// state and reminders, writing to the HubSpot sandbox.
/// </summary>
public sealed class StoreConnectorTests
{
    [Fact]
    public async Task Backfill_SimulatedWooCommerceStore_SandboxHoldsExactlyItsContactsDealsAndLineItems()
    {
        await using var woo = await SimulatedWooStore.StartAsync(customers: 30, orders: 60);
        await using var sync = await SyncCluster.StartAsync(settings: woo.Settings());

        var done = await SimulatedWooStore.WaitForAsync(sync, p => p.State == ConnectorState.Polling, "backfill done, polling");
        await sync.SettleAsync();

        var orders = done.Resources.Single(r => r.Resource == "Orders");
        Assert.Equal((60L, 60L), (orders.Done, orders.Total));
        AssertSandboxHoldsExactly(sync, woo);
    }

    [Fact]
    public async Task DeltaPoll_RecordsChangedAndAddedDuringBackfill_ReachHubSpot()
    {
        await using var woo = await SimulatedWooStore.StartAsync(customers: 20, orders: 80);
        await using var sync = await SyncCluster.StartAsync(settings: woo.Settings());
        await SimulatedWooStore.WaitForAsync(sync, p => p.Resources.Single(r => r.Resource == "Orders").Done >= 20, "20 orders read");

        // Already read by the backfill: only a delta poll can bring these.
        woo.Store.Change(StoreResource.Orders, 1, o => o["total"] = "999.00");
        woo.Store.Change(StoreResource.Customers, 1, c =>
        {
            c["first_name"] = "Changed";
            c["billing"]!["first_name"] = "Changed";
        });
        var added = WooCommerceGenerator.Order(81, 2);
        added["date_modified_gmt"] = WooCommerceGenerator.Gmt(DateTimeOffset.UtcNow);
        woo.Store.Put(StoreResource.Orders, added);

        await sync.SettleUntilAsync(
            () => sync.HubSpot.Deals.Any(d => Amount(d) == 999m) && sync.HubSpot.Contact(WooCommerceGenerator.Email(1))?.Properties.GetValueOrDefault("firstname") == "Changed",
            "order 1's new total and customer 1's new name in HubSpot");
        Assert.Equal(81, sync.HubSpot.Deals.Count);
        Assert.Equal(20, sync.HubSpot.Contacts.Count);
    }

    [Fact]
    public async Task BadCredentials_ConnectorShowsTheErrorBacksOffAndResumesWhenFixed_NothingSkipped()
    {
        await using var woo = await SimulatedWooStore.StartAsync(customers: 10, orders: 20);
        woo.Store.ConsumerSecret = "rotated-in-the-store";
        await using var sync = await SyncCluster.StartAsync(settings: woo.Settings());

        var failing = await SimulatedWooStore.WaitForAsync(sync, p => p.State == ConnectorState.Failing, "failing on credentials");
        Assert.Contains("refused the credentials (401)", failing.LastError);
        Assert.NotNull(failing.NextPollAt);
        Assert.All(failing.Resources, r => Assert.Equal(0, r.Done));

        woo.Store.ConsumerSecret = SimulatedWooStore.ConsumerSecret;
        var resumed = await SimulatedWooStore.WaitForAsync(sync, p => p.State == ConnectorState.Polling, "resumed and backfilled");
        Assert.Null(resumed.LastError);
        await sync.SettleAsync();
        AssertSandboxHoldsExactly(sync, woo);
    }

    [Fact]
    public async Task StoreDownThroughTheClientsRetries_ConnectorShowsThe503AndResumesWhenBack_NothingSkipped()
    {
        await using var woo = await SimulatedWooStore.StartAsync(customers: 10, orders: 20);
        woo.Store.Outage = true;
        await using var sync = await SyncCluster.StartAsync(settings: woo.Settings());

        var failing = await SimulatedWooStore.WaitForAsync(sync, p => p.State == ConnectorState.Failing, "failing on the outage");
        Assert.Contains("answered 503", failing.LastError);
        Assert.True(woo.Store.Calls >= 3, $"{woo.Store.Calls} calls: the client gave up before its two retries");

        woo.Store.Outage = false;
        var resumed = await SimulatedWooStore.WaitForAsync(sync, p => p.State == ConnectorState.Polling, "resumed and backfilled");
        Assert.Null(resumed.LastError);
        await sync.SettleAsync();
        AssertSandboxHoldsExactly(sync, woo);
    }

    [Fact]
    public async Task Pause_StopsReading_ResumeContinuesFromTheCursor()
    {
        await using var woo = await SimulatedWooStore.StartAsync(customers: 30, orders: 60);
        await using var sync = await SyncCluster.StartAsync(settings: woo.Settings());
        var connector = sync.Grains.GetGrain<IStoreConnectorGrain>(SimulatedWooStore.StoreId);
        await SimulatedWooStore.WaitForAsync(sync, p => p.Resources[0].Done >= 10, "some customers read");

        await connector.PauseAsync();
        var paused = await connector.GetProgressAsync();
        var calls = woo.Store.Calls;
        Assert.Equal(ConnectorState.Paused, paused.State);
        Assert.Equal(paused.Resources.Sum(r => r.Done), (await connector.GetProgressAsync()).Resources.Sum(r => r.Done));
        Assert.Equal(calls, woo.Store.Calls);

        await connector.ResumeAsync();
        await SimulatedWooStore.WaitForAsync(sync, p => p.State == ConnectorState.Polling, "resumed and backfilled");
        Assert.DoesNotContain(woo.Store.Requests.Skip(calls), r => r.Contains("/customers?", StringComparison.Ordinal) && r.Contains("offset=0&", StringComparison.Ordinal) && !r.Contains("modified_after", StringComparison.Ordinal));
        await sync.SettleAsync();
        AssertSandboxHoldsExactly(sync, woo);
    }

    [Fact]
    public async Task SiloKilledMidBackfill_NewSiloResumesFromTheStoredCursor_NothingSkippedOrDoubled()
    {
        await using var woo = await SimulatedWooStore.StartAsync(customers: 20, orders: 100);
        await using var sync = await SyncCluster.StartAsync(silos: 2, settings: woo.Settings());
        var midway = await SimulatedWooStore.WaitForAsync(sync, p => p.Resources.Single(r => r.Resource == "Orders").Done >= 30, "30 orders read");

        await sync.Cluster.KillSiloAsync(sync.Cluster.Silos.Single(s => midway.Silo.Contains(s.SiloAddress.Endpoint.ToString(), StringComparison.Ordinal)));
        var before = woo.Store.Requests.Count;
        await sync.Cluster.StartAdditionalSiloAsync();

        var done = await SimulatedWooStore.WaitForAsync(sync, p => p.State == ConnectorState.Polling, "backfill finished after the restart");
        var firstOrdersPage = woo.Store.Requests.Skip(before).Where(r => r.Contains("/orders?", StringComparison.Ordinal) && !r.Contains("modified_after", StringComparison.Ordinal));
        Assert.DoesNotContain(firstOrdersPage, r => r.Contains("offset=0&", StringComparison.Ordinal));
        Assert.InRange(done.Resources.Single(r => r.Resource == "Orders").Done, 100, 110);
        await sync.SettleAsync();
        AssertSandboxHoldsExactly(sync, woo);
    }

    private static void AssertSandboxHoldsExactly(SyncCluster sync, SimulatedWooStore woo)
    {
        var emails = sync.HubSpot.Contacts.Select(c => c.Properties.GetValueOrDefault("email") ?? "").Order().ToList();
        Assert.Equal(Enumerable.Range(1, woo.Customers).Select(WooCommerceGenerator.Email).Order().ToList(), emails);
        Assert.Equal(woo.Orders, sync.HubSpot.Deals.Count);
        Assert.Equal(woo.ExpectedLineItems, sync.HubSpot.LineItems.Count);
    }

    private static decimal? Amount(SandboxRecord deal) =>
        decimal.TryParse(deal.Properties.GetValueOrDefault("amount"), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) ? amount : null;
}
