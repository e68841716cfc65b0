using Microsoft.Extensions.Options;
using OrleansSync.Gateway.Configuration;

namespace OrleansSync.Gateway.Admin.Overview;

/// <summary>The gateway's small in-memory time series: per portal its HubSpot rate samples, per store its intake samples, over the window.</summary>
public sealed class OperationsTimeline(IOptions<DashboardOptions> options)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Queue<RateSample>> _portals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Queue<StoreSample>> _stores = new(StringComparer.Ordinal);

    public void Add(string portalId, RateSample sample) => Add(_portals, portalId, sample, sample.At);

    public void Add(string storeId, StoreSample sample) => Add(_stores, storeId, sample, sample.At);

    public IReadOnlyList<RateSample> Portal(string portalId) => Read(_portals, portalId);

    public IReadOnlyList<StoreSample> Store(string storeId) => Read(_stores, storeId);

    private void Add<T>(Dictionary<string, Queue<T>> series, string key, T sample, DateTimeOffset at)
        where T : class
    {
        lock (_gate)
        {
            if (!series.TryGetValue(key, out var queue))
            {
                series[key] = queue = new Queue<T>();
            }

            queue.Enqueue(sample);
            while (queue.Count > 0 && queue.Peek() is var oldest && At(oldest) < at - options.Value.Window)
            {
                queue.Dequeue();
            }
        }
    }

    private List<T> Read<T>(Dictionary<string, Queue<T>> series, string key)
    {
        lock (_gate)
        {
            return series.TryGetValue(key, out var queue) ? [.. queue] : [];
        }
    }

    private static DateTimeOffset At<T>(T sample) => sample switch
    {
        RateSample r => r.At,
        StoreSample s => s.At,
        _ => DateTimeOffset.MaxValue,
    };
}
