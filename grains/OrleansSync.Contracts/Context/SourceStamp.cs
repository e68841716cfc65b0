namespace OrleansSync.Contracts.Context;

/// <summary>
/// Identifies the source record and its version, so grains can ignore stale and repeated events
/// (platform deliveries are neither ordered nor exactly-once).
/// </summary>
/// <param name="SourceId">The platform's id of the record (order id, customer id, checkout token, SKU…).</param>
/// <param name="Version">A platform version number when it has one (commercetools <c>version</c>); null otherwise.</param>
/// <param name="UpdatedAt">The record's <c>updated_at</c> / <c>date_modified_gmt</c>; null when the payload has none (deletes).</param>
/// <param name="DeliveryId">The platform's delivery or event id (also the deduplication key's core); null for generic API calls without one.</param>
/// <param name="ReceivedAt">When the gateway accepted the delivery (gateway clock).</param>
[GenerateSerializer]
public sealed record SourceStamp(
    string SourceId,
    string? Version,
    DateTimeOffset? UpdatedAt,
    string? DeliveryId,
    DateTimeOffset ReceivedAt);
