namespace OrleansSync.Runtime.Silo;

/// <summary>
/// The silo's infrastructure clock (lease trust windows, renewal pacing). Separate from the grid clock that
/// grains see, so a test can move business time by hand without freezing lease renewal, or the reverse.
/// </summary>
public sealed record SiloClock(TimeProvider Time)
{
    public static SiloClock System { get; } = new(TimeProvider.System);
}
