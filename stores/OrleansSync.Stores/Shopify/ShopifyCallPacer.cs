namespace OrleansSync.Stores.Shopify;

/// <summary>
/// Keeps each shop's call bucket from filling: it follows the level Shopify reports after every call, lets it leak at the
/// plan's rate between calls, counts the calls on their way, and makes a call wait while the bucket would be fuller than
/// its size less <see cref="Headroom"/>. A level is kept per shop and token (Shopify's bucket is per app and store), so
/// calls of other processes on the same token show up in the reported level and slow us down too.
/// </summary>
/// <remarks>
/// Not a System.Threading.RateLimiting limiter: the level is the store's, learned from its answers, not a budget we hand out.
/// </remarks>
public sealed class ShopifyCallPacer(TimeProvider time)
{
    /// <summary>Calls left free in the bucket (for the store's own apps, and a reported level rounded down).</summary>
    public const int Headroom = 1;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);

    /// <summary>How long the next call to <paramref name="shop"/> waits; the call is counted in the bucket from now.</summary>
    public TimeSpan Reserve(string shop, double? leakPerSecond)
    {
        lock (_lock)
        {
            if (!_buckets.TryGetValue(shop, out var bucket))
            {
                return TimeSpan.Zero; // nothing known yet: the first answer tells the level
            }

            var leak = leakPerSecond ?? bucket.Capacity / 20.0;
            var level = LevelNow(bucket, leak) + 1;
            _buckets[shop] = bucket with { Level = level, At = time.GetTimestamp(), Leak = leak };
            var over = level - (bucket.Capacity - Headroom);
            return over > 0 ? TimeSpan.FromSeconds(over / leak) : TimeSpan.Zero;
        }
    }

    /// <summary>Takes the level an answer reported, unless our own count of calls on their way is higher.</summary>
    public void Observe(string shop, ShopifyCallLimit limit, double? leakPerSecond)
    {
        lock (_lock)
        {
            var leak = leakPerSecond ?? limit.DefaultLeakPerSecond;
            var level = _buckets.TryGetValue(shop, out var known) ? Math.Max(limit.Used, LevelNow(known, leak)) : limit.Used;
            _buckets[shop] = new Bucket(level, time.GetTimestamp(), limit.Capacity, leak);
        }
    }

    private double LevelNow(Bucket bucket, double leak) =>
        Math.Max(0, bucket.Level - (time.GetElapsedTime(bucket.At).TotalSeconds * leak));

    private readonly record struct Bucket(double Level, long At, int Capacity, double Leak);
}
