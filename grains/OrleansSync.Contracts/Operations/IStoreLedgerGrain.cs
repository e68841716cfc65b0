using OrleansSync.Contracts.Messaging;

namespace OrleansSync.Contracts.Operations;

/// <summary>
/// Where order grains report their paid orders (key <c>{storeId}/{yyyy-MM-dd}</c>, UTC paid date); the entries are read
/// from <see cref="IStoreLedgerStore"/>.
/// </summary>
[Alias("orleanssync.store-ledger")]
public interface IStoreLedgerGrain : IMessageGrain;
