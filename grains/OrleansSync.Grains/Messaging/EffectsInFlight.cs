namespace OrleansSync.Grains.Messaging;

/// <summary>
/// How many grain activations of this silo are carrying out stored effects right now (sending, or waiting to retry).
/// Zero on every silo, with empty portal queues, means the grid has nothing left to hand on.
/// </summary>
public sealed class EffectsInFlight
{
    private long _count;

    public long Count => Interlocked.Read(ref _count);

    internal void Started() => Interlocked.Increment(ref _count);

    internal void Ended() => Interlocked.Decrement(ref _count);
}
