namespace OrleansSync.Testing;

/// <summary>A timer of a <see cref="ManualTimeProvider"/>: due at a point of its clock, not of the wall clock.</summary>
internal sealed class ManualTimer(ManualTimeProvider clock, TimerCallback callback, object? state) : ITimer
{
    public DateTimeOffset Due { get; private set; }

    public TimeSpan Period { get; private set; }

    public bool Change(TimeSpan dueTime, TimeSpan period)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dueTime, Timeout.InfiniteTimeSpan);
        ArgumentOutOfRangeException.ThrowIfLessThan(period, Timeout.InfiniteTimeSpan);
        clock.Schedule(this, dueTime, period);
        return true;
    }

    public void Dispose() => clock.Cancel(this);

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    internal void Arm(DateTimeOffset due, TimeSpan period)
    {
        Due = due;
        Period = period;
    }

    internal void Fire() => callback(state);
}
