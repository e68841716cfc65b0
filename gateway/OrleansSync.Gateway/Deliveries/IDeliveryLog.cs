namespace OrleansSync.Gateway.Deliveries;

/// <summary>
/// Keeps every delivery the gateway did not append (rejected or quarantined) with its raw body,
/// so nothing a store sent is lost. PostgreSQL in production, in memory otherwise.
/// </summary>
public interface IDeliveryLog
{
    /// <summary>
    /// Keeps the record durably and returns its id. A quarantined record whose <see cref="NewDeliveryRecord.DeliveryKey"/>
    /// is already kept is not kept twice; the first record's id is returned.
    /// </summary>
    Task<long> RecordAsync(NewDeliveryRecord record, CancellationToken cancellationToken);

    /// <summary>Records of one kind (all kinds when null) with id greater than <paramref name="afterId"/>, oldest first.</summary>
    Task<IReadOnlyList<DeliveryRecord>> ListAsync(DeliveryKind? kind, long afterId, int limit, CancellationToken cancellationToken);

    Task<DeliveryRecord?> GetAsync(long id, CancellationToken cancellationToken);

    /// <summary>Deletes every record whose body names this (normalised) email; returns how many (GDPR erase).</summary>
    Task<int> EraseByEmailAsync(string normalizedEmail, CancellationToken cancellationToken);
}
