namespace OrleansSync.Grains.Messaging;

/// <summary>
/// The business clock grains read (due times of abandonment and recency, timestamps written to HubSpot). Separate from the
/// process's <see cref="TimeProvider"/> so tests can move business time without moving Orleans' own timers.
/// </summary>
public sealed class SyncClock(TimeProvider time)
{
    public static SyncClock System { get; } = new(TimeProvider.System);

    public TimeProvider Time { get; } = time;

    public DateTimeOffset Now => Time.GetUtcNow();
}
