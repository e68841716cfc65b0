using OrleansSync.Contracts.Routing;
using OrleansSync.Gateway.Deliveries;
using OrleansSync.Gateway.Tests.Infrastructure;

namespace OrleansSync.Gateway.Tests.Deliveries;

/// <summary>What every delivery queue must do; run against both implementations.</summary>
public abstract class DeliveryQueueConformance
{
    protected static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    protected ManualTimeProvider Time { get; } = new();

    protected DateTimeOffset Now => Time.GetUtcNow();

    protected abstract Task<IDeliveryQueue> CreateAsync();

    protected async Task Append_RepeatWithinWindow_IsDuplicate()
    {
        var queue = await CreateAsync();
        var window = new DeliveryOptions().DeduplicationWindow;

        var first = Assert.Single(await queue.AppendAsync([Delivery("k1")], Now + Lease, CancellationToken.None));
        var whilePending = Assert.Single(await queue.AppendAsync([Delivery("k1")], Now + Lease, CancellationToken.None));
        await queue.MarkDeliveredAsync([first.Queued!.Id], Now, CancellationToken.None);
        Time.Advance(window - TimeSpan.FromMinutes(1));
        var prunedEarly = await queue.PruneDeliveredAsync(Now - window, CancellationToken.None);
        var withinWindow = Assert.Single(await queue.AppendAsync([Delivery("k1")], Now + Lease, CancellationToken.None));
        Time.Advance(TimeSpan.FromMinutes(2));
        var prunedAfter = await queue.PruneDeliveredAsync(Now - window, CancellationToken.None);
        var afterWindow = Assert.Single(await queue.AppendAsync([Delivery("k1")], Now + Lease, CancellationToken.None));

        Assert.False(first.Duplicate);
        Assert.True(whilePending.Duplicate);
        Assert.Equal(0, prunedEarly);
        Assert.True(withinWindow.Duplicate);
        Assert.Equal(1, prunedAfter);
        Assert.False(afterWindow.Duplicate);
    }

    protected async Task Append_SameKeyTwiceInOneCall_QueuesTheFirstInOrder()
    {
        var queue = await CreateAsync();

        var receipts = await queue.AppendAsync([Delivery("a", "1"), Delivery("b", "2"), Delivery("a", "3"), Delivery("c", "4")], Now + Lease, CancellationToken.None);

        Assert.Equal([false, false, true, false], receipts.Select(r => r.Duplicate));
        var ids = receipts.Where(r => !r.Duplicate).Select(r => r.Queued!.Id).ToList();
        Assert.Equal(ids.Order(), ids);
        Assert.Equal("""{"n":"1"}""", receipts[0].Queued!.Payload.Replace(" ", "", StringComparison.Ordinal));
    }

    protected async Task Claim_RowsLeasedByTheirAppender_AreClaimedOnlyAfterTheLeaseRunsOut()
    {
        var queue = await CreateAsync();
        await queue.AppendAsync([Delivery("a"), Delivery("b")], Now + Lease, CancellationToken.None);

        var duringLease = await queue.ClaimDueAsync(Now, Now + Lease, 10, CancellationToken.None);
        Time.Advance(Lease);
        var afterLease = await queue.ClaimDueAsync(Now, Now + Lease, 10, CancellationToken.None);
        var again = await queue.ClaimDueAsync(Now, Now + Lease, 10, CancellationToken.None);

        Assert.Empty(duringLease);
        Assert.Equal(["a", "b"], afterLease.Select(d => d.DeduplicationKey));
        Assert.All(afterLease, d => Assert.Equal(Now + Lease, d.LeaseExpiresAt));
        Assert.Empty(again);
    }

    protected async Task RecordFailures_CountsTheAttemptAndSchedulesTheRetry()
    {
        var queue = await CreateAsync();
        var row = Assert.Single(await queue.AppendAsync([Delivery("a")], Now + Lease, CancellationToken.None)).Queued!;

        await queue.RecordFailuresAsync([new DeliveryFailure(row.Id, Now + TimeSpan.FromSeconds(5), "TimeoutException: no answer")], CancellationToken.None);
        var beforeRetry = await queue.ClaimDueAsync(Now + TimeSpan.FromSeconds(4), Now + Lease, 10, CancellationToken.None);
        var atRetry = await queue.ClaimDueAsync(Now + TimeSpan.FromSeconds(5), Now + Lease, 10, CancellationToken.None);

        Assert.Empty(beforeRetry);
        var retried = Assert.Single(atRetry);
        Assert.Equal((row.Id, 1, row.Target, row.MessageType), (retried.Id, retried.Attempts, retried.Target, retried.MessageType));
    }

    protected async Task MarkDelivered_ThenALateFailure_StaysDeliveredAndIsNeverClaimed()
    {
        var queue = await CreateAsync();
        var row = Assert.Single(await queue.AppendAsync([Delivery("a")], Now + Lease, CancellationToken.None)).Queued!;

        await queue.MarkDeliveredAsync([row.Id], Now, CancellationToken.None);
        await queue.RecordFailuresAsync([new DeliveryFailure(row.Id, Now, "late failure of a second hand-over")], CancellationToken.None);
        Time.Advance(Lease * 2);

        Assert.Empty(await queue.ClaimDueAsync(Now, Now + Lease, 10, CancellationToken.None));
        Assert.Empty(await queue.ReadPendingAsync(CancellationToken.None));
    }

    protected async Task ReadPending_PerStore_CountsAndOldest()
    {
        var queue = await CreateAsync();
        var start = Now;
        await queue.AppendAsync([Delivery("a", store: "s1"), Delivery("b", store: "s2")], Now + Lease, CancellationToken.None);
        Time.Advance(TimeSpan.FromMinutes(1));
        var later = await queue.AppendAsync([Delivery("c", store: "s1"), Delivery("d", store: null)], Now + Lease, CancellationToken.None);
        await queue.MarkDeliveredAsync([later[1].Queued!.Id], Now, CancellationToken.None);

        var pending = await queue.ReadPendingAsync(CancellationToken.None);

        Assert.Equal([("s1", 2L, start), ("s2", 1L, start)], pending.Select(p => (p.StoreId, p.Pending, p.OldestCreatedAt)).OrderBy(p => p.StoreId));
    }

    protected static PendingDelivery Delivery(string key, string n = "0", string? store = "store-1") =>
        new(GrainKeys.Order("store-1", key), "order.deleted.v1", $$"""{"n":"{{n}}"}""", key, store);
}
