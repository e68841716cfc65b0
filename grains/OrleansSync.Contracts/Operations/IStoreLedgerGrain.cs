using OrleansSync.Contracts.Messaging;

namespace OrleansSync.Contracts.Operations;

/// <summary>The paid orders of one store on one day (key <c>{storeId}/{yyyy-MM-dd}</c>, UTC paid date), as the order grains report them.</summary>
[Alias("orleanssync.store-ledger")]
public interface IStoreLedgerGrain : IMessageGrain
{
    [Alias("entries")]
    Task<IReadOnlyList<OrderPaidRecorded>> GetEntriesAsync();
}
