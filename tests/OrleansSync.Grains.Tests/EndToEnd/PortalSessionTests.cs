using OrleansSync.Grains.Dispatch;
using OrleansSync.Grains.Portals;
using OrleansSync.Runtime.Hosting;
using OrleansSync.Runtime.Testing;

namespace OrleansSync.Grains.Tests.EndToEnd;

public sealed class PortalSessionTests
{
    [Fact]
    public async Task EnsureKnown_IdsLearnedByPreviousOwner_LoadedFromTheirBuckets()
    {
        await using var cluster = await TestCluster.StartAsync(new TestClusterOptions { ConfigureSilo = s => s.AddGrain<HubSpotIdMapGrain>(HubSpotIdMapGrain.TypeName) });
        const string key = "line_item:shop-eu/1/L1";
        var receipt = await cluster.Client.PostAsync(HubSpotIdMapGrain.For("p1", HubSpotIdMapGrain.BucketOf(key)), new HubSpotIdsLearned(new Dictionary<string, string> { [key] = "42" }));
        await cluster.Client.WaitUntilProcessedAsync(receipt, TimeSpan.FromSeconds(10));

        var session = new PortalSession("p1", "pipe", new Dictionary<string, string>());
        await session.EnsureKnownAsync(cluster.Client, [key, "deal:never-written"], CancellationToken.None);

        Assert.Equal("42", session.Ids[key]);
        Assert.False(session.Ids.ContainsKey("deal:never-written"));
    }
}
