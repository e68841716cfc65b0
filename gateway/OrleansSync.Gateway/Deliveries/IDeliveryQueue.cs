namespace OrleansSync.Gateway.Deliveries;

/// <summary>
/// The durable queue between the gateway's 2xx and a grain's acknowledgement. A row is appended once per deduplication
/// key, held by the process that appended or claimed it for a lease, marked delivered only after its grain acknowledged
/// it, and its key refuses repeats until it is pruned after the deduplication window. PostgreSQL in production (shared
/// by every gateway), in memory in demo mode.
/// </summary>
public interface IDeliveryQueue
{
    /// <summary>
    /// Appends the deliveries durably, one receipt per delivery in order; returns only once they are durable. A key
    /// already queued (or repeated within the call) is a duplicate, not an error. New rows are leased to the caller until
    /// <paramref name="leaseUntil"/>, so no sweep hands them over while the caller does.
    /// </summary>
    Task<IReadOnlyList<AppendReceipt>> AppendAsync(IReadOnlyList<PendingDelivery> deliveries, DateTimeOffset leaseUntil, CancellationToken cancellationToken);

    /// <summary>
    /// Claims up to <paramref name="limit"/> pending rows due at <paramref name="now"/>, oldest first, leasing them until
    /// <paramref name="leaseUntil"/>. Concurrent claimers (other gateways) never get the same row while its lease runs.
    /// </summary>
    Task<IReadOnlyList<QueuedDelivery>> ClaimDueAsync(DateTimeOffset now, DateTimeOffset leaseUntil, int limit, CancellationToken cancellationToken);

    /// <summary>Marks rows delivered (their grains acknowledged them); their keys keep refusing repeats until pruned.</summary>
    Task MarkDeliveredAsync(IReadOnlyList<long> ids, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Counts a failed attempt on each row and schedules its next one. Rows delivered meanwhile stay delivered.</summary>
    Task RecordFailuresAsync(IReadOnlyList<DeliveryFailure> failures, CancellationToken cancellationToken);

    /// <summary>Deletes delivered rows older than <paramref name="deliveredBefore"/> (their keys may be appended again); returns how many.</summary>
    Task<long> PruneDeliveredAsync(DateTimeOffset deliveredBefore, CancellationToken cancellationToken);

    /// <summary>Answers when the queue's storage can be read (readiness).</summary>
    Task PingAsync(CancellationToken cancellationToken);

    /// <summary>Rows not yet delivered, per store.</summary>
    Task<IReadOnlyList<PendingByStore>> ReadPendingAsync(CancellationToken cancellationToken);
}
