namespace OrleansSync.HubSpot.Sandbox.RateLimiting;

/// <summary>
/// Counts accepted calls over a rolling window: a call at <c>t</c> occupies a slot until <c>t + interval</c>,
/// as HubSpot's TEN_SECONDLY_ROLLING policy does. Not thread-safe; the portal's gate guards it.
/// </summary>
internal sealed class RollingWindow(int limit, TimeSpan interval)
{
    private readonly Queue<DateTimeOffset> _calls = new();

    public int Limit { get; } = limit;

    public TimeSpan Interval { get; } = interval;

    public bool TryAcquire(DateTimeOffset now)
    {
        Prune(now);
        if (_calls.Count >= Limit)
        {
            return false;
        }

        _calls.Enqueue(now);
        return true;
    }

    public int Remaining(DateTimeOffset now)
    {
        Prune(now);
        return Math.Max(0, Limit - _calls.Count);
    }

    /// <summary>When the oldest call leaves the window (now if there is room).</summary>
    public DateTimeOffset NextFreeSlot(DateTimeOffset now)
    {
        Prune(now);
        return _calls.Count < Limit ? now : _calls.Peek() + Interval;
    }

    private void Prune(DateTimeOffset now)
    {
        while (_calls.Count > 0 && _calls.Peek() + Interval <= now)
        {
            _calls.Dequeue();
        }
    }
}
