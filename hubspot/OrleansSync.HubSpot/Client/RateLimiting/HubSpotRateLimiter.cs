using System.Threading.RateLimiting;
using OrleansSync.HubSpot.Client.RateLimiting;

namespace OrleansSync.HubSpot;

/// <summary>
/// A <see cref="RateLimiter"/> that mirrors HubSpot's TEN_SECONDLY_ROLLING policy exactly: a call occupies a slot from
/// the moment it is sent until one interval after its response arrived (never shorter than HubSpot's own count,
/// which starts when the request arrives). It starts from the configured limit (or none), adopts the
/// <c>X-HubSpot-RateLimit-Max</c>/<c>-Interval-Milliseconds</c> HubSpot reports, trusts <c>-Remaining</c> when HubSpot
/// has counted more than we did, and pauses for the described window after a 429.
/// </summary>
/// <remarks>
/// <c>-Remaining</c> is HubSpot's count when the request arrived, read when the response is back. Slots of ours that
/// aged out in between were still in that count, so they are compared too; otherwise each one would look like a
/// foreign call and hold a slot for one more whole window.
/// </remarks>
public sealed class HubSpotRateLimiter : RateLimiter
{
    private static readonly TimeSpan CompletionPoll = TimeSpan.FromMilliseconds(5);

    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _queue = new(1, 1);
    private readonly List<Slot> _slots = [];
    private int? _limit;
    private TimeSpan _interval;
    private DateTimeOffset _pausedUntil;
    private DateTimeOffset? _lastActivity;
    private long _released;

    public HubSpotRateLimiter(int? requestsPerInterval, TimeSpan interval, TimeProvider time)
    {
        _limit = requestsPerInterval;
        _interval = interval;
        _time = time;
    }

    /// <summary>The limit in force (null until known).</summary>
    public int? Limit
    {
        get
        {
            lock (_gate)
            {
                return _limit;
            }
        }
    }

    /// <summary>True once HubSpot answered 429 DAILY or reported no daily calls left.</summary>
    public bool DailyQuotaExhausted { get; private set; }

    public override TimeSpan? IdleDuration => _lastActivity is { } last ? _time.GetUtcNow() - last : null;

    /// <summary>Adapts to the headers of the response to the call <paramref name="lease"/> was taken for.</summary>
    internal void Observe(RateLimitHeaders headers, RateLimitLease lease)
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            _interval = headers.Interval ?? _interval;
            _limit = headers.Max ?? _limit;
            DailyQuotaExhausted = headers.DailyRemaining is 0;
            if (_limit is { } limit && headers.Remaining is { } remaining)
            {
                Prune(now);
                var ours = _slots.Count + (lease is Lease { ReleasedBefore: var before } ? _released - before : 0);
                for (var missing = limit - remaining - ours; missing > 0; missing--)
                {
                    _slots.Add(new Slot(now) { Completed = true });
                }
            }
        }
    }

    /// <summary>After a 429: waits out the window (or <c>Retry-After</c>) before the next call.</summary>
    internal void OnRejected(string? policyName, TimeSpan? retryAfter)
    {
        lock (_gate)
        {
            if (policyName == "DAILY")
            {
                DailyQuotaExhausted = true;
                return;
            }

            var wait = retryAfter ?? (policyName == "SECONDLY" ? TimeSpan.FromSeconds(1) : _interval);
            var until = _time.GetUtcNow() + wait;
            _pausedUntil = until > _pausedUntil ? until : _pausedUntil;
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_gate)
        {
            Prune(_time.GetUtcNow());
            return new RateLimiterStatistics { CurrentAvailablePermits = _limit is { } l ? Math.Max(0, l - _slots.Count) : int.MaxValue };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        lock (_gate)
        {
            return TryTake(permitCount, out _) ?? Lease.Rejected;
        }
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        // One waiter at a time keeps callers in arrival order.
        await _queue.WaitAsync(cancellationToken);
        try
        {
            while (true)
            {
                TimeSpan wait;
                lock (_gate)
                {
                    if (DailyQuotaExhausted)
                    {
                        return Lease.Rejected;
                    }

                    if (TryTake(permitCount, out wait) is { } lease)
                    {
                        return lease;
                    }
                }

                await Task.Delay(wait, _time, cancellationToken);
            }
        }
        finally
        {
            _queue.Release();
        }
    }

    private Lease? TryTake(int permitCount, out TimeSpan wait)
    {
        var now = _time.GetUtcNow();
        Prune(now);
        if (now < _pausedUntil)
        {
            wait = _pausedUntil - now;
            return null;
        }

        if (_limit is not { } limit || _slots.Count + permitCount <= limit)
        {
            var slots = Enumerable.Range(0, permitCount).Select(_ => new Slot(now)).ToList();
            _slots.AddRange(slots);
            _lastActivity = now;
            wait = TimeSpan.Zero;
            return new Lease(this, slots, _released);
        }

        // Completed slots free one interval after their response; in-flight ones only after they complete.
        var oldest = _slots.Where(s => s.Completed).Select(s => (DateTimeOffset?)s.At).Min();
        wait = oldest is { } at ? at + _interval - now : CompletionPoll;
        wait = wait > TimeSpan.Zero ? wait : TimeSpan.FromMilliseconds(1);
        return null;
    }

    private void Complete(List<Slot> slots)
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            foreach (var slot in slots)
            {
                slot.At = now;
                slot.Completed = true;
            }
        }
    }

    private void Prune(DateTimeOffset now) => _released += _slots.RemoveAll(s => s.Completed && s.At + _interval <= now);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _queue.Dispose();
        }

        base.Dispose(disposing);
    }

    private sealed class Slot(DateTimeOffset at)
    {
        public DateTimeOffset At { get; set; } = at;

        public bool Completed { get; set; }
    }

    /// <summary>Disposing the lease marks the call answered: its slot frees one interval later.</summary>
    private sealed class Lease(HubSpotRateLimiter? owner, List<Slot> slots, long releasedBefore = 0) : RateLimitLease
    {
        public static readonly Lease Rejected = new(null, []);

        /// <summary>How many slots had aged out when this call was sent.</summary>
        public long ReleasedBefore { get; } = releasedBefore;

        private int _disposed;

        public override bool IsAcquired => owner is not null;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && owner is not null && Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Complete(slots);
            }
        }
    }
}
