using OrleansSync.Runtime.Grains;

namespace OrleansSync.Runtime.Storage;

/// <summary>The client side of the grid: durable, idempotent appends and read-only views.</summary>
public interface IInboxStore
{
    /// <summary>
    /// Appends entries in one transaction. An entry whose deduplication key was appended before is
    /// not appended again (its outcome says so). Returns once the append is durable.
    /// </summary>
    Task<IReadOnlyList<AppendOutcome>> AppendAsync(IReadOnlyList<NewInboxEntry> entries, CancellationToken cancellationToken);

    /// <summary>True while the message with this sequence has not been consumed.</summary>
    Task<bool> IsPendingAsync(long sequence, CancellationToken cancellationToken);

    Task<StoredGrain> ReadGrainAsync(GrainId id, CancellationToken cancellationToken);

    /// <summary>Forgets deduplication keys older than <paramref name="olderThan"/> (the platforms' retry windows are days); returns how many.</summary>
    Task<long> PruneDeliveryKeysAsync(TimeSpan olderThan, CancellationToken cancellationToken);
}
