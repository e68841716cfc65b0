using OrleansSync.Grains.Dispatch;
using OrleansSync.Grains.Mapping;
using OrleansSync.Grains.Tests.Fixtures;
using OrleansSync.Grains.Tests.Streams;
using OrleansSync.HubSpot;
using OrleansSync.HubSpot.Bootstrap;
using OrleansSync.Contracts.Portals;
using Microsoft.Extensions.DependencyInjection;

namespace OrleansSync.Grains.Tests.EndToEnd;

public sealed class DeadLetterTests
{
    [Fact]
    public async Task Dispatch_HubSpotRejectsOneDeal_DeadLetteredWithItsAssociationsRestLandsAndReplayLandsAllAfterFix()
    {
        var settings = new Dictionary<string, string?>
        {
            ["HubSpotDispatch:BootstrapSchema"] = "false",
            ["HubSpotDispatch:MaxUnresolvedDrains"] = "100000",
        };
        await using var sync = await SyncCluster.StartAsync(settings: settings, bootstrap: false);
        await using var hubspot = SyncCluster.HubSpotServices(sync.Sandbox);

        // The portal lacks one property the sync writes only for orders with discount codes.
        var schema = DomainSchema.Create(new SyncMappingOptions());
        var missing = schema.Properties[HubSpotObjectTypes.Deals].Single(p => p.Name == "ecom_discount_codes");
        var partial = schema with
        {
            Properties = schema.Properties.ToDictionary(p => p.Key, p => (IReadOnlyList<PropertySpec>)[.. p.Value.Where(s => s != missing)]),
        };
        await hubspot.GetRequiredService<HubSpotSchemaBootstrapper>().RunAsync(partial, CancellationToken.None);

        var now = sync.Clock.GetUtcNow();
        var store = StoreStreamBuilder.EuStore;
        await sync.PostAsync([
            TestEvents.Paid(store, "7001", "eve@example.com", now),
            TestEvents.Paid(store, "7002", "eve@example.com", now, discountCodes: ["SPRING"]),
            TestEvents.Paid(store, "7003", "fay@example.com", now),
        ]);
        await sync.SettleAsync(leftover: k => k.StartsWith("assoc:deal:shop-eu/7002", StringComparison.Ordinal));

        Assert.NotNull(sync.HubSpot.Deal("shop-eu/7001"));
        Assert.NotNull(sync.HubSpot.Deal("shop-eu/7003"));
        Assert.Null(sync.HubSpot.Deal("shop-eu/7002"));
        var letters = sync.DeadLetters;
        var all = await letters.ListAsync(SyncCluster.PortalId, 0, 100, CancellationToken.None);
        var letter = Assert.Single(all, l => l.TypeOrObjectKey == "deal:shop-eu/7002");
        // Its associations cannot land without it: they are dead letters too, and come back when it is replayed.
        Assert.Equal(2, all.Count(l => l.TypeOrObjectKey.StartsWith("assoc:deal:shop-eu/7002", StringComparison.Ordinal) && l.Error.Contains("ENDPOINT_DEAD_LETTERED", StringComparison.Ordinal)));
        Assert.Equal(3, all.Count);
        Assert.Contains("SPRING", letter.Payload, StringComparison.Ordinal);
        Assert.Contains("PROPERTY_DOESNT_EXIST", letter.Error, StringComparison.Ordinal);
        Assert.Equal(1, letter.Attempts);

        await hubspot.GetRequiredService<HubSpotClient>().CreatePropertyAsync(HubSpotObjectTypes.Deals, missing, CancellationToken.None);
        Assert.True(await sync.Grains.GetGrain<IHubSpotPortalGrain>(SyncCluster.PortalId).ReplayDeadLetterAsync(letter.Id));
        await sync.SettleAsync();

        var deal = sync.HubSpot.Deal("shop-eu/7002")!;
        Assert.Equal("SPRING", deal.Properties["ecom_discount_codes"]);
        Assert.Single(sync.HubSpot.From(HubSpotObjectTypes.Deals, deal.Id, HubSpotObjectTypes.Contacts));
        Assert.Single(sync.HubSpot.From(HubSpotObjectTypes.Deals, deal.Id, HubSpotObjectTypes.LineItems));
        Assert.Empty(await letters.ListAsync(SyncCluster.PortalId, 0, 100, CancellationToken.None));
    }
}
