using OrleansSync.Contracts.Operations;
using OrleansSync.Contracts.Routing;
using OrleansSync.Grains.Messaging;

namespace OrleansSync.Grains.Operations;

/// <summary>
/// The store side of the reconciliation: one store's paid orders of one day, as the order grains hold them. Order grains
/// report through their stored outbox, so the ledger misses no paid order the grid received.
/// </summary>
[GrainType(GrainTypes.StoreLedger)]
public sealed class StoreLedgerGrain([PersistentState(GrainTypes.StoreLedger)] IPersistentState<GrainRecord<StoreLedgerState>> storage)
    : SyncGrain<StoreLedgerState>(storage), IStoreLedgerGrain, IHandle<OrderPaidRecorded>
{
    public ValueTask HandleAsync(OrderPaidRecorded message, CancellationToken cancellationToken)
    {
        if (!State.Orders.TryGetValue(message.OrderKey, out var held) || held.Revision < message.Revision)
        {
            State.Orders[message.OrderKey] = message;
        }

        return ValueTask.CompletedTask;
    }

    public Task<IReadOnlyList<OrderPaidRecorded>> GetEntriesAsync() => Task.FromResult<IReadOnlyList<OrderPaidRecorded>>([.. State.Orders.Values]);
}
