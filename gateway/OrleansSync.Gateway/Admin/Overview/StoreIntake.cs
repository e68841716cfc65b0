using System.Collections.Concurrent;
using OrleansSync.Gateway.Deliveries;

namespace OrleansSync.Gateway.Admin.Overview;

/// <summary>Messages this gateway appended per store since it started (the dashboard's intake rate is its difference over time).</summary>
public sealed class StoreIntake
{
    private readonly ConcurrentDictionary<string, long> _appended = new(StringComparer.Ordinal);

    public void OnAppended(IReadOnlyList<PendingDelivery> deliveries)
    {
        foreach (var store in deliveries.GroupBy(d => d.StoreId ?? ""))
        {
            _appended.AddOrUpdate(store.Key, store.Count(), (_, held) => held + store.Count());
        }
    }

    public long AppendedFor(string storeId) => _appended.GetValueOrDefault(storeId);
}
