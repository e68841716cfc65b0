using OrleansSync.Contracts.Operations;

namespace OrleansSync.Storage.Operations;

/// <summary>The store ledger of a process without a database (nothing survives a restart).</summary>
public sealed class InMemoryStoreLedgerStore : IStoreLedgerStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Store, DateOnly Day), Dictionary<string, OrderPaidRecorded>> _days = [];

    public Task RecordAsync(IReadOnlyList<OrderPaidRecorded> entries, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (var entry in entries)
            {
                var key = (entry.StoreId, LedgerDay.Of(entry));
                if (!_days.TryGetValue(key, out var orders))
                {
                    _days[key] = orders = new Dictionary<string, OrderPaidRecorded>(StringComparer.Ordinal);
                }

                if (!orders.TryGetValue(entry.OrderKey, out var held) || held.Revision < entry.Revision)
                {
                    orders[entry.OrderKey] = entry;
                }
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<OrderPaidRecorded>> ReadAsync(string storeId, DateOnly day, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<OrderPaidRecorded> entries = _days.TryGetValue((storeId, day), out var orders) ? [.. orders.Values] : [];
            return Task.FromResult(entries);
        }
    }
}
