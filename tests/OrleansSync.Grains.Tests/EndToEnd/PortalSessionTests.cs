using OrleansSync.Grains.Dispatch;
using OrleansSync.Grains.Portals;
using OrleansSync.Grains.Tests.Fixtures;

namespace OrleansSync.Grains.Tests.EndToEnd;

public sealed class PortalSessionTests
{
    [Fact]
    public async Task EnsureKnown_IdsLearnedByEarlierActivation_LoadedFromTheirBuckets()
    {
        await using var sync = await SyncCluster.StartAsync(bootstrap: false);
        const string key = "line_item:shop-eu/1/L1";
        await sync.Grains.GetGrain<IHubSpotIdMapGrain>(HubSpotIdMapGrain.KeyOf("p1", HubSpotIdMapGrain.BucketOf(key))).LearnAsync(new Dictionary<string, string> { [key] = "42" }, []);

        var session = new PortalSession("p1", "pipe", new Dictionary<string, string>());
        await session.EnsureKnownAsync(sync.Grains, [key, "deal:never-written"]);

        Assert.Equal("42", session.Ids[key]);
        Assert.False(session.Ids.ContainsKey("deal:never-written"));
    }
}
