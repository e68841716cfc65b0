using OrleansSync.Grains.Tests.Fixtures;
using OrleansSync.Grains.Tests.Streams;
using OrleansSync.HubSpot.Sandbox;

namespace OrleansSync.Grains.Tests.EndToEnd;

public sealed class PortalTests
{
    [Fact]
    public async Task Sync_StoresOfTwoPortals_EachPortalWrittenWithItsOwnToken()
    {
        const string second = "2000002";
        const string secondToken = "pat-na1-second-portal-2222";
        await using var sync = await SyncCluster.StartAsync(settings: new Dictionary<string, string?>
        {
            [$"HubSpot:Portals:{second}:AccessToken"] = secondToken,
            [$"HubSpot:Portals:{second}:RequestsPerInterval"] = "1000",
        });
        var other = sync.Sandbox.AddPortal(new SandboxPortalOptions { PortalId = long.Parse(second, System.Globalization.CultureInfo.InvariantCulture), AccessToken = secondToken, RequestsPerInterval = 1000 });
        var at = sync.Clock.GetUtcNow();
        var secondStore = StoreStreamBuilder.EuStore with { StoreId = "shop-b2b", PortalId = second };

        await sync.PostAsync([
            TestEvents.Paid(StoreStreamBuilder.EuStore, "p1-1", "una@example.com", at),
            TestEvents.Paid(secondStore, "p2-1", "vic@example.com", at),
        ]);
        await sync.SettleAsync();
        await sync.SettleUntilAsync(() => new HubSpotView(other).Deal("shop-b2b/p2-1") is not null, $"the deal in portal {second}");

        Assert.NotNull(sync.HubSpot.Contact("una@example.com"));
        Assert.Null(sync.HubSpot.Contact("vic@example.com"));
        Assert.NotNull(new HubSpotView(other).Contact("vic@example.com"));
        Assert.Null(new HubSpotView(other).Contact("una@example.com"));
        Assert.Null(sync.HubSpot.Deal("shop-b2b/p2-1"));
    }
}
