namespace OrleansSync.Testing;

/// <summary>
/// A clock that only moves when a test moves it (<see cref="Advance"/>, <see cref="SetUtcNow"/>),
/// starting at 2026-01-01 09:00 UTC unless told otherwise. Timers created from it (and so
/// <c>Task.Delay(…, provider)</c>, <c>CancellationTokenSource(…, provider)</c>) fire while the
/// clock is moved, in due order, on the thread that moves it. Safe to use from several threads.
/// </summary>
public sealed class ManualTimeProvider : TimeProvider
{
    /// <summary>Where a provider made with the parameterless constructor starts.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2026, 1, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly Lock _gate = new();
    private readonly List<ManualTimer> _timers = [];
    private DateTimeOffset _utcNow;

    public ManualTimeProvider()
        : this(DefaultStart)
    {
    }

    public ManualTimeProvider(DateTimeOffset start) => _utcNow = start.ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _utcNow;
        }
    }

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Moves the clock forward, firing every timer that falls due on the way.</summary>
    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        lock (_gate)
        {
            MoveTo(_utcNow + by);
        }
    }

    /// <summary>Sets the clock; moving it forward fires the timers that fall due, moving it back fires none.</summary>
    public void SetUtcNow(DateTimeOffset now)
    {
        lock (_gate)
        {
            MoveTo(now.ToUniversalTime());
        }
    }

    internal void Schedule(ManualTimer timer, TimeSpan dueTime, TimeSpan period)
    {
        lock (_gate)
        {
            _timers.Remove(timer);
            if (dueTime != Timeout.InfiniteTimeSpan)
            {
                timer.Arm(_utcNow + dueTime, period);
                _timers.Add(timer);
            }
        }
    }

    internal void Cancel(ManualTimer timer)
    {
        lock (_gate)
        {
            _timers.Remove(timer);
        }
    }

    // Called under the lock; releases it around each callback, which may create or change timers.
    private void MoveTo(DateTimeOffset target)
    {
        while (true)
        {
            var next = _timers.Where(t => t.Due <= target).MinBy(t => t.Due);
            if (next is null)
            {
                _utcNow = target;
                return;
            }

            if (next.Due > _utcNow)
            {
                _utcNow = next.Due;
            }

            if (next.Period > TimeSpan.Zero && next.Period != Timeout.InfiniteTimeSpan)
            {
                next.Arm(next.Due + next.Period, next.Period);
            }
            else
            {
                _timers.Remove(next);
            }

            _gate.Exit();
            try
            {
                next.Fire();
            }
            finally
            {
                _gate.Enter();
            }
        }
    }
}
