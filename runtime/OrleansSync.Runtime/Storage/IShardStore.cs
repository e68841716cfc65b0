namespace OrleansSync.Runtime.Storage;

/// <summary>The owner's side of a shard: claim messages, commit turns, fire reminders — all fenced by the lease.</summary>
public interface IShardStore
{
    /// <summary>
    /// Claims up to <paramref name="max"/> unconsumed messages of the shard that were not yet claimed
    /// under this lease's epoch, in sequence order. Messages claimed under an older epoch are claimed again:
    /// that is how a new owner takes over what a crashed one never acknowledged.
    /// </summary>
    Task<IReadOnlyList<InboxEntry>> ClaimAsync(ShardLease lease, int max, CancellationToken cancellationToken);

    /// <summary>Reads a grain's state and reminders for activation.</summary>
    Task<StoredGrain> LoadGrainAsync(ShardLease lease, Grains.GrainId grain, CancellationToken cancellationToken);

    /// <summary>
    /// Commits several turns of the shard in one transaction that first verifies the lease.
    /// Throws <see cref="LeaseLostException"/> or <see cref="StateConflictException"/>; then nothing is written.
    /// </summary>
    Task CommitAsync(ShardLease lease, IReadOnlyList<TurnCommit> turns, CancellationToken cancellationToken);

    /// <summary>
    /// Turns reminders of the shard due at or before <paramref name="now"/> into inbox messages and
    /// advances (periodic) or parks (one-shot) them, in one fenced transaction. Returns how many fired.
    /// </summary>
    Task<int> FireDueRemindersAsync(ShardLease lease, DateTimeOffset now, int max, CancellationToken cancellationToken);

    /// <summary>
    /// One probe for a whole silo: which of these shards have messages not yet claimed under their lease's
    /// epoch, or reminders due at or before <paramref name="now"/>. Replaces per-shard polling.
    /// </summary>
    Task<IReadOnlyList<ShardWork>> FindWorkAsync(IReadOnlyList<ShardLease> leases, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Calls <paramref name="onWork"/> with a shard number when that shard received messages, or with null
    /// when notifications may have been missed (start, reconnect) and every shard should be read. Runs until cancelled.
    /// </summary>
    Task ListenAsync(Action<int?> onWork, CancellationToken cancellationToken);
}
