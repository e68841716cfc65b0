using OrleansSync.Contracts.Portals;

namespace OrleansSync.Grains.Portals;

/// <summary>
/// A portal grain's recent event-to-HubSpot latencies per event kind (the last <c>kept</c> per kind of this activation), and
/// its record counts of the day. In memory: a new activation starts counting afresh.
/// </summary>
public sealed class LatencyBook(int kept = 10_000)
{
    private readonly Dictionary<string, Queue<double>> _samples = new(StringComparer.Ordinal);
    private DateOnly _day;

    public long SentToday { get; private set; }

    public long DeadLetteredToday { get; private set; }

    public void Add(string kind, TimeSpan latency)
    {
        if (!_samples.TryGetValue(kind, out var queue))
        {
            _samples[kind] = queue = new Queue<double>();
        }

        queue.Enqueue(Math.Max(0, latency.TotalSeconds));
        if (queue.Count > kept)
        {
            queue.Dequeue();
        }
    }

    public void Count(DateTimeOffset now, int sent, int deadLettered)
    {
        var day = DateOnly.FromDateTime(now.UtcDateTime);
        if (day != _day)
        {
            (_day, SentToday, DeadLetteredToday) = (day, 0, 0);
        }

        SentToday += sent;
        DeadLetteredToday += deadLettered;
    }

    public IReadOnlyList<LatencyByKind> Summary() =>
        [.. _samples.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => Summarise(p.Key, [.. p.Value.Order()]))];

    private static LatencyByKind Summarise(string kind, double[] sorted)
    {
        var target = LatencyTargets.For(kind).TotalSeconds;
        return new LatencyByKind(kind, sorted.Length, Percentile(sorted, 0.50), Percentile(sorted, 0.95), Percentile(sorted, 0.99), sorted.Count(s => s <= target), target);
    }

    /// <summary>Nearest-rank percentile.</summary>
    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
