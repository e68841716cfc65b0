namespace OrleansSync.Gateway.Deliveries;

/// <summary>What became of one appended delivery: queued now (<see cref="Queued"/>), or a duplicate of one queued earlier.</summary>
/// <param name="Queued">The new row, or null when the deduplication key was seen before (within the window, or earlier in the same call).</param>
public sealed record AppendReceipt(QueuedDelivery? Queued)
{
    public bool Duplicate => Queued is null;
}
