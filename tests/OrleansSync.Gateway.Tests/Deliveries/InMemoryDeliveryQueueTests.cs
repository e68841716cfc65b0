using OrleansSync.Gateway.Deliveries;

namespace OrleansSync.Gateway.Tests.Deliveries;

public sealed class InMemoryDeliveryQueueTests : DeliveryQueueConformance
{
    [Fact]
    public Task Append_RepeatWithinWindow_IsDuplicate_InMemory() => Append_RepeatWithinWindow_IsDuplicate();

    [Fact]
    public Task Append_SameKeyTwiceInOneCall_QueuesTheFirstInOrder_InMemory() => Append_SameKeyTwiceInOneCall_QueuesTheFirstInOrder();

    [Fact]
    public Task Claim_RowsLeasedByTheirAppender_AreClaimedOnlyAfterTheLeaseRunsOut_InMemory() => Claim_RowsLeasedByTheirAppender_AreClaimedOnlyAfterTheLeaseRunsOut();

    [Fact]
    public Task RecordFailures_CountsTheAttemptAndSchedulesTheRetry_InMemory() => RecordFailures_CountsTheAttemptAndSchedulesTheRetry();

    [Fact]
    public Task MarkDelivered_ThenALateFailure_StaysDeliveredAndIsNeverClaimed_InMemory() => MarkDelivered_ThenALateFailure_StaysDeliveredAndIsNeverClaimed();

    [Fact]
    public Task ReadPending_PerStore_CountsAndOldest_InMemory() => ReadPending_PerStore_CountsAndOldest();

    protected override Task<IDeliveryQueue> CreateAsync() => Task.FromResult<IDeliveryQueue>(new InMemoryDeliveryQueue(Time));
}
