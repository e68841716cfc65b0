namespace OrleansSync.Stores.Simulators.Shopify;

/// <summary>
/// Shopify's REST leaky bucket per app and store: <see cref="Capacity"/> calls, leaking <see cref="LeakPerSecond"/> a
/// second (standard plan 40 and 2); a call into a full bucket is refused with 429.
/// </summary>
public sealed class ShopifyCallBucket(int capacity, double leakPerSecond, TimeProvider time)
{
    private readonly Lock _lock = new();
    private double _level;
    private long _lastLeak = time.GetTimestamp();

    public int Capacity { get; } = capacity;

    public double LeakPerSecond { get; } = leakPerSecond;

    /// <summary>Takes one call from the bucket; false when it is full. <paramref name="used"/> is the level after the call.</summary>
    public bool TryTake(out int used)
    {
        lock (_lock)
        {
            var now = time.GetTimestamp();
            _level = Math.Max(0, _level - (time.GetElapsedTime(_lastLeak, now).TotalSeconds * LeakPerSecond));
            _lastLeak = now;
            if (_level + 1 > Capacity)
            {
                used = (int)Math.Ceiling(_level);
                return false;
            }

            _level += 1;
            used = (int)Math.Ceiling(_level);
            return true;
        }
    }
}
