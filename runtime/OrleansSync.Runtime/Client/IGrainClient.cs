using OrleansSync.Runtime.Grains;

namespace OrleansSync.Runtime.Client;

/// <summary>
/// Posts messages to grains by identity (the grain factory of this runtime). A post returns once the
/// message is durable; processing happens on whichever silo owns the grain's shard.
/// </summary>
public interface IGrainClient
{
    ValueTask<PostReceipt> PostAsync(GrainId target, object message, string? deduplicationKey = null, CancellationToken cancellationToken = default);

    /// <summary>Appends many messages in one durable write; receipts come back in input order.</summary>
    ValueTask<IReadOnlyList<PostReceipt>> PostManyAsync(IReadOnlyList<GrainMessage> messages, CancellationToken cancellationToken = default);

    /// <summary>Waits until the grid has consumed the posted message (applied or dead-lettered).</summary>
    Task WaitUntilProcessedAsync(PostReceipt receipt, TimeSpan timeout, CancellationToken cancellationToken = default);

    /// <summary>Reads a grain's last committed state, or null if it has never committed one.</summary>
    ValueTask<TState?> ReadStateAsync<TState>(GrainId id, CancellationToken cancellationToken = default)
        where TState : class;
}
