using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Messaging;
using OrleansSync.Contracts.Orders;
using OrleansSync.Contracts.Routing;
using OrleansSync.Grains.Tests.Fixtures;
using OrleansSync.Grains.Tests.Streams;

namespace OrleansSync.Grains.Tests.EndToEnd;

public sealed class DuplicateActivationTests
{
    [Fact]
    public async Task Deliver_ToAStaleSecondActivation_RefusedOnTheETagThenAppliedOnceByAFreshOne()
    {
        await using var sync = await SyncCluster.StartAsync();
        await using var other = await sync.StartSecondClusterAsync();
        var at = sync.Clock.GetUtcNow();
        var store = StoreStreamBuilder.EuStore;
        var order = GrainKeys.Order(store.StoreId, "dup-1");
        OrderRefunded Refund(string id, decimal amount) => new(store, new SourceStamp(id, null, at, null, at), "dup-1", new OrderRefund(id, amount, at, null, []), false, null);
        async Task Deliver(IGrainFactory grains, object message) => await grains.Get(order).DeliverAsync(order, [new GrainEnvelope(Guid.NewGuid().ToString("N"), message)]);

        // Both clusters activate the order grain; the second one loads the state the first stored.
        await Deliver(sync.Grains, TestEvents.Paid(store, "dup-1", "dup@example.com", at));
        await sync.SettleAsync(); // the first activation's deal is written and acknowledged: it stores nothing more on its own
        await Deliver(other.Client, Refund("r-1", 5m));

        // The first activation still holds the state from before r-1: its write is refused, nothing of it is stored.
        await Assert.ThrowsAnyAsync<Exception>(() => Deliver(sync.Grains, Refund("r-2", 7m)));
        var afterRefusal = await sync.StoredStateAsync(order);
        Assert.Equal(["r-1"], afterRefusal.GetProperty("state").GetProperty("refunds").EnumerateObject().Select(p => p.Name));

        // The refused activation deactivated; the caller hands the message over again and a fresh activation applies it.
        await Wait.UntilAsync(async () =>
        {
            try
            {
                await Deliver(sync.Grains, Refund("r-2", 7m));
                return true;
            }
            catch (Exception)
            {
                return false;
            }
        }, TimeSpan.FromSeconds(30), "a fresh activation of the order grain accepting r-2");
        var stored = await sync.StoredStateAsync(order);
        Assert.Equal(["r-1", "r-2"], stored.GetProperty("state").GetProperty("refunds").EnumerateObject().Select(p => p.Name).Order());
    }
}
